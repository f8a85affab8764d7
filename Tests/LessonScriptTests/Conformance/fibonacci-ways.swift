func fibRecursive(_ n: Int) -> Int { n < 2 ? n : fibRecursive(n - 1) + fibRecursive(n - 2) }
func fibIterative(_ n: Int) -> Int {
    var (a, b) = (0, 1)
    for _ in 0..<n { (a, b) = (b, a + b) }
    return a
}
print((0..<15).map { fibRecursive($0) })
print(fibIterative(50), fibIterative(90))
var memo: [Int: Int] = [:]
func fibMemo(_ n: Int) -> Int {
    if n < 2 { return n }
    if let known = memo[n] { return known }
    let value = fibMemo(n - 1) + fibMemo(n - 2)
    memo[n] = value
    return value
}
print(fibMemo(80), memo.count)
