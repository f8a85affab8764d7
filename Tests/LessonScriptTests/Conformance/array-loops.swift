let values = [2.0, 4.0, 6.0]
var total = 0.0
for v in values { total += v }
print(total / Double(values.count))
for i in values.indices { print(i, values[i]) }
var squares: [Int] = []
for n in 1...5 { squares.append(n * n) }
print(squares)
