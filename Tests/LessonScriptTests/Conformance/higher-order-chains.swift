let scores = [72, 95, 88, 61, 79, 94]
let passed = scores.filter { $0 >= 75 }
print(passed)
print(passed.map { Double($0) / 100 })
print(scores.reduce(0, +), scores.reduce(0) { max($0, $1) })
print(scores.sorted(), scores.sorted(by: >))
print(scores.contains(88), scores.contains { $0 < 60 })
print(scores.first { $0 > 90 } ?? 0)
print(scores.allSatisfy { $0 > 50 })
print(scores.min()!, scores.max()!)
var evens: [Int] = []
scores.forEach { if $0 % 2 == 0 { evens.append($0) } }
print(evens)
let labels = scores.map { $0 >= 90 ? "A" : $0 >= 75 ? "B" : "C" }
print(labels)
