let x = Tensor([[0, 0], [0, 1], [1, 0], [1, 1]])
let y = Tensor([[0], [1], [1], [1]])
let w = Tensor([[0.1], [-0.2]], requiresGrad: true)
let b = Tensor([0.0], requiresGrad: true)
let optimizer = SGD([w, b], learningRate: 1)
for step in 1...200 {
    let p = (x.matmul(w) + b).sigmoid()
    let loss = ((p - y) * (p - y)).mean()
    optimizer.zeroGrad()
    loss.backward()
    optimizer.step()
    if step % 50 == 0 { print(step, loss) }
}
print((x.matmul(w) + b).sigmoid())
