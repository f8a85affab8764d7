var w = 0.0, b = 0.0
let rate = 0.05
for _ in 0..<200 {
    var gw = 0.0, gb = 0.0
    for i in 0..<5 {
        let x = Double(i)
        let d = 2 * x + 1
        let y = w * x + b
        gw += -(d - y) * x
        gb += -(d - y)
    }
    w -= rate * gw / 5
    b -= rate * gb / 5
}
print(round(w * 1000) / 1000, round(b * 1000) / 1000)
