func safeDivide(_ a: Int, by b: Int) -> Int {
    guard b != 0 else {
        print("cannot divide", a, "by zero")
        return 0
    }
    return a / b
}
print(safeDivide(10, by: 3), safeDivide(1, by: 0))
var kept: [Int] = []
for n in 1...10 {
    guard n % 3 == 0 else { continue }
    kept.append(n)
}
print(kept)
