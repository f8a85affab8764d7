func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
func relu(_ z: Double) -> Double { max(0, z) }
func leakyRelu(_ z: Double, slope: Double = 0.01) -> Double { z > 0 ? z : slope * z }
func swish(_ z: Double) -> Double { z * sigmoid(z) }
for z in [-2.0, -0.5, 0, 0.5, 2] {
    print(z, sigmoid(z), tanh(z), relu(z), leakyRelu(z), swish(z))
}
let s = sigmoid(0.3)
print(s * (1 - s), 1 - tanh(0.3) * tanh(0.3))
print(sigmoid(1 + 3 * -1 - 2 * 2))
