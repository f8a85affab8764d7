func newtonSqrt(_ a: Double) -> (root: Double, steps: Int) {
    var x = a
    var steps = 0
    repeat {
        x = 0.5 * (x + a / x)
        steps += 1
    } while abs(x * x - a) > 1e-12 && steps < 100
    return (x, steps)
}
for a in [2.0, 9, 1e6] {
    let r = newtonSqrt(a)
    print(a, r.root, r.steps, r.root == a.squareRoot())
}
