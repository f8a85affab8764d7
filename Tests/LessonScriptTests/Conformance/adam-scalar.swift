var x = 0.0
var m = 0.0, v = 0.0
let rate = 0.1, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8
for t in 1...50 {
    let g = 2 * (x - 3)
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g * g
    let mHat = m / (1 - pow(beta1, Double(t)))
    let vHat = v / (1 - pow(beta2, Double(t)))
    x -= rate * mHat / (vHat.squareRoot() + epsilon)
    if t % 10 == 0 { print(t, x) }
}
