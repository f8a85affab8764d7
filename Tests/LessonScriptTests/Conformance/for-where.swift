for i in 1...20 where i % 6 == 0 { print(i) }
let xs = [3, -1, 4, -1, 5]
var positives = 0
for x in xs where x > 0 { positives += x }
print(positives)
for (i, x) in xs.enumerated() where i % 2 == 0 { print(i, x) }
for k in stride(from: 10, through: 0, by: -5) where k != 5 { print(k) }
