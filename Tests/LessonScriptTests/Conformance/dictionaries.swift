var counts: [String: Int] = [:]
for word in ["a", "b", "a", "c", "a", "b"] {
    counts[word, default: 0] += 1
}
for key in counts.keys.sorted() { print(key, counts[key]!) }
print(counts["z"] ?? 0, counts["a"] as Int?)
var ages = ["ann": 31]
print(ages)
ages["bob"] = 25
ages["ann"] = nil
print(ages, ages.count, ages.isEmpty)
let empty = [String: Double]()
print(empty, empty.isEmpty)
var groups: [Int: [String]] = [:]
for name in ["ada", "bo", "cy", "dee"] { groups[name.count, default: []].append(name) }
print(groups[2]!, groups[3]!)
let squares = [1: 1, 2: 4]
print(squares == [2: 4, 1: 1])
let total = squares.map { $0.key + $0.value }.reduce(0, +)
print(total)
let sortedPairs = ["b": 2, "a": 1].sorted { $0.key < $1.key }
print(sortedPairs)
for (k, v) in ["x": 1.5] { print(k, v) }
var d = ["k": 1]
print(d.removeValue(forKey: "k"), d.removeValue(forKey: "k"))
let xs = [Double]()
print(xs)
