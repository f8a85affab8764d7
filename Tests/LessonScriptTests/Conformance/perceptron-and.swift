var w0 = 0.0, w1 = 0.0, w2 = 0.0
let eta = 0.1
for _ in 0..<20 {
    for a in 0...1 {
        for b in 0...1 {
            let x1 = Double(a), x2 = Double(b)
            let d: Double = a == 1 && b == 1 ? 1 : 0
            let y: Double = w0 + w1 * x1 + w2 * x2 > 0 ? 1 : 0
            w0 += eta * (d - y)
            w1 += eta * (d - y) * x1
            w2 += eta * (d - y) * x2
        }
    }
}
print(w0, w1, w2)
