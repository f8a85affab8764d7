func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
let z = 1 + 3 * -1.0 - 2 * 2.0
print(z, sigmoid(z))
print(sigmoid(0), sigmoid(10) > 0.9999)
