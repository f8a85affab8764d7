let a: Float = 0.1
let b = Float(1) / 3
let c: Float = 7 / 2
print(a, b, c, a + 0.2, Float(2.5), Double(a), Int(Float(3.9)))
print(exp(Float(1)), sqrt(Float(2)), Float("1.25") ?? 0, Float.pi, -a)
print([a, b], (a, 1))
var total: Float = 0
for i in 1...10 { total += Float(i) * 0.1 }
print(total, total > 5.4, max(a, b), abs(-c))
let weights: [Float] = [0.5, -1.25, 2]
let two: Float = 2
print(weights.sorted(), weights.max() ?? 0, two.squareRoot())
