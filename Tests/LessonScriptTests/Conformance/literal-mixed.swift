let a = 1 + 2.5
let b: Double = 3
let c = b * 2 + 1
print(a, b, c)
