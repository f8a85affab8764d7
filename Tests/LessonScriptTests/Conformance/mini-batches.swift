let count = 10
let batchSize = 4
for start in stride(from: 0, to: count, by: batchSize) {
    let end = min(start + batchSize, count)
    print(Array(start..<end))
}
let data = Array(1...10).map { Double($0) }
var sums: [Double] = []
for start in stride(from: 0, to: data.count, by: 3) {
    var s = 0.0
    for i in start..<min(start + 3, data.count) { s += data[i] }
    sums.append(s)
}
print(sums)
