func find(_ value: Int, in xs: [Int]) -> Int? {
    for (i, x) in xs.enumerated() {
        if x == value { return i }
    }
    return nil
}
let xs = [4, 8, 15]
print(find(8, in: xs))
print(find(9, in: xs))
if let i = find(15, in: xs), i > 1 {
    print("found late at", i)
}
let j = find(4, in: xs)!
print(j)
var maybe: Double? = nil
print(maybe ?? 0.5)
maybe = 2
print(maybe!, maybe! * 2)
let parsed = Int("42") ?? 0
let failed = Int("4x2") ?? -1
print(parsed, failed)
