func f(_ x: Double) -> Double { x * x * x - 2 * x }
func derivative(_ g: (Double) -> Double, at x: Double, h: Double = 1e-5) -> Double {
    (g(x + h) - g(x - h)) / (2 * h)
}
for x in [-1.0, 0, 2] {
    let numeric = derivative(f, at: x)
    let exact = 3 * x * x - 2
    print(x, exact, abs(numeric - exact) < 1e-6)
}
let sigmoid = { (z: Double) in 1 / (1 + exp(-z)) }
let s = sigmoid(0.7)
print(abs(derivative(sigmoid, at: 0.7) - s * (1 - s)) < 1e-9)
