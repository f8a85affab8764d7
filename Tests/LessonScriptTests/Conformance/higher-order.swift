let xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(xs.map { $0 * 2 })
print(xs.filter { $0 % 2 == 0 })
print(xs.reduce(0, +), xs.reduce(1) { $0 * $1 }, xs.reduce(0) { acc, x in max(acc, x) })
print(xs.sorted(by: >), xs.sorted { $0 < $1 })
print(xs.contains { $0 > 8 }, xs.contains(where: { $0 > 9 }))
print(xs.first { $0 > 3 } ?? -1, xs.allSatisfy { $0 > 0 })
let names = ["ada", "alan", "grace"]
print(names.map { $0.uppercased() }, names.map { $0.count })
var total = 0.0
[0.5, 1.5].forEach { total += $0 }
print(total)
let scores = [(name: "a", score: 3), (name: "b", score: 9)]
print(scores.sorted { $0.score > $1.score }.map { $0.name })
