let target = Tensor([3, -1])
let p = Tensor([0, 0], requiresGrad: true)
let adam = Adam([p], learningRate: 0.1)
for step in 1...100 {
    let diff = p - target
    let loss = (diff * diff).sum()
    adam.zeroGrad()
    loss.backward()
    adam.step()
    if step % 25 == 0 { print(step, loss) }
}
print(p)
