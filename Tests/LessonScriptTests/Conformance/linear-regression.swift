let xs: [Double] = [0, 1, 2, 3, 4]
let ds: [Double] = [1, 3, 5, 7, 9]
var w = 0.0, b = 0.0
let eta = 0.05
for epoch in 1...200 {
    var gw = 0.0, gb = 0.0, loss = 0.0
    for (x, d) in zip(xs, ds) {
        let y = w * x + b
        loss += 0.5 * (d - y) * (d - y)
        gw += -(d - y) * x
        gb += -(d - y)
    }
    w -= eta * gw / Double(xs.count)
    b -= eta * gb / Double(xs.count)
    if epoch % 50 == 0 { print(epoch, loss) }
}
print((w * 1000).rounded() / 1000, (b * 1000).rounded() / 1000)
