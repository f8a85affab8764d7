func loss(_ w: [Double]) -> Double {
    let x = [1.0, -2.0, 0.5]
    let y = 0.25
    var z = 0.0
    for i in 0..<3 { z += w[i] * x[i] }
    let p = 1 / (1 + exp(-z))
    return -(y * log(p) + (1 - y) * log(1 - p))
}
func analytic(_ w: [Double]) -> [Double] {
    let x = [1.0, -2.0, 0.5]
    var z = 0.0
    for i in 0..<3 { z += w[i] * x[i] }
    let p = 1 / (1 + exp(-z))
    return x.map { (p - 0.25) * $0 }
}
let w = [0.1, 0.2, -0.3]
let h = 1e-6
var numeric: [Double] = []
for i in 0..<3 {
    var plus = w, minus = w
    plus[i] += h
    minus[i] -= h
    numeric.append((loss(plus) - loss(minus)) / (2 * h))
}
let exact = analytic(w)
print(zip(numeric, exact).map { abs($0 - $1) < 1e-8 })
print(exact)
