let count = 4
let total = 10.0
let average = total / Double(count)
print(average)
let rounded = Int(average)
print(rounded, Int(average.rounded()))
let scaled = Double(count) * 0.1
print(scaled)
let steps = 3
var x = 1.0
for _ in 0..<steps { x *= 1.5 }
print(x)
print(Double(count) / 3, count / 3, count % 3)
