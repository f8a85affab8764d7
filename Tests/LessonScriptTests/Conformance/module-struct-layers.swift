struct Classifier: Module {
    var layers = [Linear(4, 8), Linear(8, 3)]
    var dropout = 0.0
    func callAsFunction(_ x: Tensor) -> Tensor {
        var h = x
        for (i, layer) in layers.enumerated() {
            h = layer(h)
            if i < layers.count - 1 { h = h.relu() }
        }
        return h.softmax()
    }
}
let c = Classifier()
print(c.parameters.count, c.parameters.map { $0.count }.reduce(0, +))
let out = c(Tensor([[1, 2, 3, 4], [0, 0, 0, 0]]))
print(out.shape)
