func step(_ z: Double) -> Double { z >= 0 ? 1 : 0 }
func neuron(_ x1: Double, _ x2: Double, w0: Double, w1: Double, w2: Double) -> Double {
    step(w0 + w1 * x1 + w2 * x2)
}
let inputs: [(Double, Double)] = [(0, 0), (0, 1), (1, 0), (1, 1)]
print("AND", inputs.map { neuron($0.0, $0.1, w0: -1.5, w1: 1, w2: 1) })
print("OR ", inputs.map { neuron($0.0, $0.1, w0: -0.5, w1: 1, w2: 1) })
print("NOT", [0.0, 1.0].map { step(0.5 - $0) })
func xor(_ a: Double, _ b: Double) -> Double {
    let or = neuron(a, b, w0: -0.5, w1: 1, w2: 1)
    let nand = step(1.5 - a - b)
    return neuron(or, nand, w0: -1.5, w1: 1, w2: 1)
}
print("XOR", inputs.map { xor($0.0, $0.1) })
