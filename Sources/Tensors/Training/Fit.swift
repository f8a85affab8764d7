/// Per-epoch records of a `fit` run.
public struct History: Sendable, Hashable {
    /// The mean training loss of each epoch.
    public var losses: [Float] = []
}

/// Trains `model` on rows of `inputs` and `targets` (first axis = examples)
/// for `epochs`, in mini-batches drawn in a fresh order each epoch from the
/// current random source (`batchSize` nil: the whole set at once).
///
/// ```swift
/// let history = try fit(model, x, y, epochs: 500, optimizer: SGD(model.parameters, learningRate: 0.5), loss: mse)
/// history.losses.last!   // below 0.01 for XOR
/// ```
public func fit(
    _ model: some Module, _ inputs: Tensor, _ targets: Tensor, epochs: Int, batchSize: Int? = nil,
    optimizer: some Optimizer, loss: (Tensor, Tensor) throws(TensorError) -> Tensor,
    onEpoch: (Int, Float) -> Void = { _, _ in }
) throws(TensorError) -> History {
    guard inputs.rank >= 1, targets.rank >= 1, inputs.shape[0] == targets.shape[0] else {
        throw TensorError.shapes("fit", inputs.shape, targets.shape, "inputs and targets need the same number of examples (first axis)")
    }
    let count = inputs.shape[0]
    let size = Swift.max(1, Swift.min(batchSize ?? count, count))
    var history = History()
    for epoch in 1...Swift.max(epochs, 1) {
        let order = size == count ? Array(0..<count) : shuffled(count)
        var total: Float = 0
        var batches = 0
        for start in stride(from: 0, to: count, by: size) {
            let rows = Array(order[start..<Swift.min(start + size, count)])
            let batchLoss = try loss(model(try inputs.checkedRows(rows)), try targets.checkedRows(rows))
            optimizer.zeroGrad()
            try Tensor.backward(batchLoss)
            optimizer.step()
            total += try Tensor.item(batchLoss)
            batches += 1
        }
        history.losses.append(total / Float(batches))
        onEpoch(epoch, history.losses[history.losses.count - 1])
    }
    return history
}

/// 0..<count in a random order (Fisher–Yates) from the current random source.
public func shuffled(_ count: Int) -> [Int] {
    var order = Array(0..<count)
    let source = RandomSource.current
    for i in stride(from: count - 1, to: 0, by: -1) {
        order.swapAt(i, source.integer(below: i + 1))
    }
    return order
}
