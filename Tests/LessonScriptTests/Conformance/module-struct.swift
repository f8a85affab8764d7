struct TwoLayer: Module {
    var hidden = Linear(2, 3)
    var output = Linear(3, 1)
    var notAParameter = Tensor([1, 2, 3])
    func callAsFunction(_ x: Tensor) -> Tensor {
        output(hidden(x).relu()).sigmoid()
    }
}
let model = TwoLayer()
print(model.parameters.count)
print(model.parameters.map { $0.shape })
print(model.parameters.map { $0.requiresGrad })
let x = Tensor([[0, 1], [1, 0], [1, 1]])
print(model(x).shape)
let copy = model
print(copy.parameters.count == model.parameters.count)
