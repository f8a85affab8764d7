import Tensors

/// Workload (b): one SGD step (lr 0.5) of a 2-4-1 sigmoid MLP on XOR with MSE,
/// from the fixtures' initial weights, written as a lesson would write it.
public final class XORWorkload {
    let x: Tensor, target: Tensor
    let w1: Tensor, b1: Tensor, w2: Tensor, b2: Tensor
    let optimizer: SGD

    public init() throws {
        x = try Fixtures.tensor("xor_X", [4, 2])
        target = try Fixtures.tensor("xor_T", [4, 1])
        w1 = try Fixtures.tensor("xor_W1", [2, 4], requiresGrad: true)
        b1 = try Fixtures.tensor("xor_b1", [4], requiresGrad: true)
        w2 = try Fixtures.tensor("xor_W2", [4, 1], requiresGrad: true)
        b2 = try Fixtures.tensor("xor_b2", [1], requiresGrad: true)
        optimizer = SGD([w1, b1, w2, b2], learningRate: 0.5)
    }

    /// One forward pass, backward pass and update; returns the loss before the update.
    @discardableResult
    public func step() throws -> Float {
        let hidden = (x.matmul(w1) + b1).sigmoid()
        let output = (hidden.matmul(w2) + b2).sigmoid()
        let loss = try Tensor.mse(output, target)
        optimizer.zeroGrad()
        loss.backward()
        optimizer.step()
        return try Tensor.item(loss)
    }
}
