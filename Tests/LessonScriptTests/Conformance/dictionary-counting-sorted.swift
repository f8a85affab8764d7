let rolls = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
var histogram: [Int: Int] = [:]
for r in rolls { histogram[r, default: 0] += 1 }
for key in histogram.keys.sorted() {
    print(key, String(repeating: "*", count: histogram[key]!))
}
let mostCommon = histogram.max { $0.value < $1.value }!
print(mostCommon.key, mostCommon.value)
print(histogram.values.reduce(0, +) == rolls.count)
