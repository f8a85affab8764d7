func appended(_ xs: [Int], _ x: Int) -> [Int] {
    var copy = xs
    copy.append(x)
    return copy
}
let original = [1, 2]
let longer = appended(original, 3)
print(original, longer)
var nested = [[1], [2]]
var alias = nested
alias[0].append(99)
print(nested, alias)
let captured = original
var mutable = captured
mutable[0] = -1
print(captured, mutable)
