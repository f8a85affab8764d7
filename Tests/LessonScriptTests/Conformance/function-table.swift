let activations: [String: (Double) -> Double] = [
    "identity": { $0 },
    "relu": { max(0, $0) },
    "sigmoid": { 1 / (1 + exp(-$0)) },
]
for name in activations.keys.sorted() {
    let f = activations[name]!
    print(name, [-1.0, 0, 1].map(f))
}
let pipeline: [(Double) -> Double] = [{ $0 * 2 }, { $0 + 1 }, { $0 * $0 }]
print(pipeline.reduce(3.0) { value, f in f(value) })
