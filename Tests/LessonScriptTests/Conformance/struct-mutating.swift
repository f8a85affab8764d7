struct Perceptron {
    var weights: [Double]
    var bias: Double
    let learningRate: Double

    func output(_ x: [Double]) -> Double {
        var sum = bias
        for i in 0..<weights.count { sum += weights[i] * x[i] }
        return sum > 0 ? 1 : 0
    }

    mutating func learn(_ x: [Double], target: Double) {
        let error = target - output(x)
        for i in weights.indices { weights[i] += learningRate * error * x[i] }
        bias += learningRate * error
    }
}
var p = Perceptron(weights: [0, 0], bias: 0, learningRate: 0.1)
let data: [([Double], Double)] = [([0, 0], 0), ([0, 1], 0), ([1, 0], 0), ([1, 1], 1)]
for epoch in 1...10 {
    for (x, t) in data { p.learn(x, target: t) }
    if epoch % 5 == 0 { print(epoch, p.weights, p.bias) }
}
print(data.map { p.output($0.0) })
