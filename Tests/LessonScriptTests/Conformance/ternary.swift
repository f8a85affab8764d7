let x = 5
let label = x > 3 ? "big" : "small"
let value = x % 2 == 0 ? 1.0 : 0.5
print(label, value)
