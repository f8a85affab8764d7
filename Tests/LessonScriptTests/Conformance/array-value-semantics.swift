var a = [1, 2, 3]
var b = a
b[0] = 100
b.append(4)
print(a, b)
func modified(_ xs: [Int]) -> [Int] {
    var copy = xs
    copy[0] = -1
    return copy
}
let c = modified(a)
print(a, c)
