func binaryCrossEntropy(_ p: Double, _ y: Double) -> Double {
    -(y * log(p) + (1 - y) * log(1 - p))
}
for p in [0.1, 0.5, 0.9, 0.99] {
    print(p, binaryCrossEntropy(p, 1), binaryCrossEntropy(p, 0))
}
let probabilities = [0.7, 0.2, 0.1]
let labels = [1.0, 0, 0]
let loss = -zip(labels, probabilities).map { $0 * log($1) }.reduce(0, +)
print(loss, -log(0.7))
