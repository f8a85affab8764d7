let grid = [[1.0, 2], [3, 4], []]
print(grid.flatMap { $0 })
print([1, 2, 3].flatMap { Array(repeating: $0, count: $0) })
let words = ["3", "x", "14", ""]
print(words.compactMap { Int($0) })
let halves: [Double] = [1, 2, 3].compactMap { $0 == 2 ? nil : Double($0) / 2 }
print(halves)
let pairs = zip([1, 2], [10, 20]).flatMap { [$0, $1] }
print(pairs)
let lookup = ["a": 1, "b": 2]
print(["b", "c", "a"].compactMap { lookup[$0] })
print([[1, 2], [3]].flatMap { row in row.map { $0 * 10 } }.reduce(0, +))
let maybe = 3 > 2 ? nil : 1.5
print(maybe == nil, (2 > 3 ? nil : 1.5) ?? 0)
let chosen: Int? = 1 < 2 ? 7 : nil
print(chosen ?? -1)
