let layer = Linear(3, 2)
print(layer.parameters.map { $0.shape })
let model = Sequential {
    Linear(2, 4)
    ReLU()
    Linear(4, 1)
    Sigmoid()
}
print(model.parameters.count)
let out = model(Tensor([[1, 2], [3, 4], [5, 6]]))
print(out.shape)
