func softmax(_ z: [Double]) -> [Double] {
    let m = z.max()!
    let e = z.map { exp($0 - m) }
    let total = e.reduce(0, +)
    return e.map { $0 / total }
}
let p = softmax([2, 1, 0.1])
print(p)
print(p.reduce(0, +))
print(softmax([1000, 1000]))
func oneHot(_ index: Int, count: Int) -> [Double] {
    var v = Array(repeating: 0.0, count: count)
    v[index] = 1
    return v
}
print(oneHot(2, count: 4))
let target = oneHot(0, count: 3)
let crossEntropy = -zip(target, p).map { $0 * log($1) }.reduce(0, +)
print(crossEntropy)
