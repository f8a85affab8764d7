func half(_ x: Double) -> Double { x / 2 }
print(half(7))
let ratio: Double = 7 / 2
print(ratio)
let intRatio = 7 / 2
print(intRatio)
let mixed = 1 + 2.5
print(mixed)
var total: Double = 0
total += 3
print(total)
let xs: [Double] = [1, 2, 3]
print(xs)
let pair: (Double, Int) = (1, 2)
print(pair)
let f: Float = 1 / 3
print(f)
print(Double(1) / 3)
