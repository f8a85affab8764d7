func matmul(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
    var c = Array(repeating: Array(repeating: 0.0, count: b[0].count), count: a.count)
    for i in 0..<a.count {
        for j in 0..<b[0].count {
            for k in 0..<b.count { c[i][j] += a[i][k] * b[k][j] }
        }
    }
    return c
}
func transpose(_ m: [[Double]]) -> [[Double]] {
    var t: [[Double]] = []
    for j in 0..<m[0].count { t.append(m.map { $0[j] }) }
    return t
}
let a: [[Double]] = [[1, 2], [3, 4], [5, 6]]
let b: [[Double]] = [[1, 0, -1], [2, 1, 0]]
print(matmul(a, b))
print(transpose(a))
print(matmul(transpose(a), a))
let identity: [[Double]] = [[1, 0], [0, 1]]
print(matmul(a, identity) == a)
