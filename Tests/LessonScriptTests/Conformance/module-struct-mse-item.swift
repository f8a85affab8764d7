struct Regressor: Module {
    var layer = Linear(1, 1)
    func callAsFunction(_ x: Tensor) -> Tensor { layer(x) }
}
let model = Regressor()
let x = Tensor([[0], [1], [2], [3]])
let y = Tensor([[1], [3], [5], [7]])
let optimizer = SGD(model.parameters, learningRate: 0.05)
var losses: [Float] = []
for _ in 0..<400 {
    let loss = mse(model(x), y)
    optimizer.zeroGrad()
    loss.backward()
    optimizer.step()
    losses.append(loss.item())
}
print(losses.count, losses[0] > losses[399], losses[399] < 0.01)
print(binaryCrossEntropy(Tensor([0.5]), Tensor([1])).item() > 0.69)
print(crossEntropy(Tensor([[2, 0, 0]]), Tensor([0])).item() < 0.3)
