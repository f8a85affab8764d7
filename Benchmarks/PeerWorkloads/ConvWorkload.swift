import Tensors

/// Workload (c): conv2d 1→8 (3×3, stride 1, padding 1, bias) → ReLU →
/// max-pool 2×2 → flatten → dense 1568→10 → softmax cross-entropy; SGD lr 0.01.
public final class ConvWorkload {
    let images: Tensor, labels: Tensor
    let convWeight: Tensor, convBias: Tensor, denseWeight: Tensor, denseBias: Tensor
    let optimizer: SGD

    public init() throws {
        images = try Fixtures.tensor("conv_x", [32, 1, 28, 28])
        labels = Tensor(try Fixtures.integers("conv_y").map(Float.init))
        convWeight = try Fixtures.tensor("conv_Wc", [8, 1, 3, 3], requiresGrad: true)
        convBias = try Fixtures.tensor("conv_bc", [8], requiresGrad: true)
        denseWeight = try Fixtures.tensor("conv_Wd", [1568, 10], requiresGrad: true)
        denseBias = try Fixtures.tensor("conv_bd", [10], requiresGrad: true)
        optimizer = SGD([convWeight, convBias, denseWeight, denseBias], learningRate: 0.01)
    }

    @discardableResult
    public func step() throws -> Float {
        let features = try Tensor.conv2d(images, convWeight, padding: 1) + convBias.reshaped(8, 1, 1)
        let pooled = features.relu().maxPool2d(2)
        let logits = pooled.reshaped(to: [32, -1]).matmul(denseWeight) + denseBias
        let loss = try Tensor.crossEntropy(logits, labels)
        optimizer.zeroGrad()
        loss.backward()
        optimizer.step()
        return try Tensor.item(loss)
    }
}
