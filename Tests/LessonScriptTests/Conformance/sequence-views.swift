let xs = [3, 1, 2]
for x in xs.reversed() { print(x, terminator: " ") }
print()
print(Array(xs.reversed()))
print(xs.reversed().map { $0 * 10 })
print(xs.enumerated().map { $0.offset * $0.element })
print(zip(xs, [10, 20, 30]).map { $0 + $1 })
print(Array(0..<4), Array(1...3))
print(Array(zip(["a", "b"], [1, 2])))
print(xs.enumerated().filter { $0.element > 1 }.map { $0.offset })
print(xs.reversed().first!)
