var s = 0
for i in 0..<5 { s += i }
print(s)
for i in 1...3 { print(i, terminator: " ") }
print()
for _ in 0..<0 { print("never") }
for i in 3...3 { print("once", i) }
