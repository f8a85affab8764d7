func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
var w = [[0.15, 0.20], [0.25, 0.30]]
var v = [0.40, 0.45]
var b1 = 0.35, b2 = 0.60
let x = [0.05, 0.10]
let t = 0.01
let eta = 0.5
for step in 1...3 {
    var h: [Double] = []
    for j in 0..<2 { h.append(sigmoid(b1 + w[j][0] * x[0] + w[j][1] * x[1])) }
    let o = sigmoid(b2 + v[0] * h[0] + v[1] * h[1])
    let deltaO = o * (1 - o) * (t - o)
    var deltaH: [Double] = []
    for j in 0..<2 { deltaH.append(h[j] * (1 - h[j]) * v[j] * deltaO) }
    for j in 0..<2 {
        v[j] += eta * deltaO * h[j]
        for i in 0..<2 { w[j][i] += eta * deltaH[j] * x[i] }
    }
    b2 += eta * deltaO
    print(step, o, 0.5 * (t - o) * (t - o))
}
print(v)
