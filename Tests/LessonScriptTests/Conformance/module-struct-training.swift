struct Affine: Module {
    var weight = Tensor([[0.5], [-0.5]], requiresGrad: true)
    var bias = Tensor([0.0], requiresGrad: true)
    func callAsFunction(_ x: Tensor) -> Tensor { x.matmul(weight) + bias }
}
let model = Affine()
let x = Tensor([[1, 2], [3, 4], [5, 6]])
let y = Tensor([[5], [11], [17]])
let optimizer = SGD(model.parameters, learningRate: 0.01)
for step in 1...300 {
    let error = model(x) - y
    let loss = (error * error).mean()
    optimizer.zeroGrad()
    loss.backward()
    optimizer.step()
    if step % 100 == 0 { print(step, loss) }
}
print(model.weight, model.bias)
