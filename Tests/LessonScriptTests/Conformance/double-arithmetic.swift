let a = 0.1
let b = 0.7
print(a * b, a / b, a - b, -a)
print(1e308 * 10, -1e308 * 10)
