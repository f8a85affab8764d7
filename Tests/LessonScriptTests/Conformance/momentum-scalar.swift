func gradient(_ x: Double) -> Double { 2 * (x - 3) }
var plain = 0.0
var withMomentum = 0.0
var velocity = 0.0
let rate = 0.05, beta = 0.9
for step in 1...30 {
    plain -= rate * gradient(plain)
    velocity = beta * velocity + gradient(withMomentum)
    withMomentum -= rate * velocity
    if step % 10 == 0 { print(step, plain, withMomentum) }
}
