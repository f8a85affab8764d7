let a: Float = 0.1
let b: Float = 0.2
print(a + b)
print(Float(1) / 3)
let c: Float = 16777217
print(c)
print(Float(0.1) == 0.1)
print(Float.pi)
let xs: [Float] = [1, 2.5, -0.125]
print(xs, xs.reduce(0, +))
print(Double(Float(0.1)))
