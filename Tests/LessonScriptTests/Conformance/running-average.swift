struct RunningMean {
    var count = 0
    var mean = 0.0
    mutating func add(_ x: Double) {
        count += 1
        mean += (x - mean) / Double(count)
    }
}
var m = RunningMean()
for x in [4.0, 8, 15, 16, 23, 42] { m.add(x) }
print(m.count, m.mean)
var ema = 0.0
let beta = 0.9
for (t, x) in [1.0, 1, 1, 1].enumerated() {
    ema = beta * ema + (1 - beta) * x
    let corrected = ema / (1 - pow(beta, Double(t + 1)))
    print(t, ema, corrected)
}
