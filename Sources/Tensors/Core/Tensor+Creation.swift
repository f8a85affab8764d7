extension Tensor {
    public static func zeros(_ shape: [Int], requiresGrad: Bool = false) -> Tensor {
        full(shape, 0, requiresGrad: requiresGrad)
    }

    public static func ones(_ shape: [Int], requiresGrad: Bool = false) -> Tensor {
        full(shape, 1, requiresGrad: requiresGrad)
    }

    public static func full(_ shape: [Int], _ value: Float, requiresGrad: Bool = false) -> Tensor {
        let tensor = Tensor(shape: shape, scalars: Array(repeating: value, count: Shape.count(shape)), origin: nil)
        tensor.requiresGrad = requiresGrad
        return tensor
    }

    /// 0, 1, … n − 1, as `torch.arange(n)`.
    public static func arange(_ count: Int) -> Tensor {
        Tensor((0..<Swift.max(count, 0)).map(Float.init))
    }

    /// Standard normal draws from the current random source.
    public static func randn(_ shape: [Int], requiresGrad: Bool = false) -> Tensor {
        let source = RandomSource.current
        let tensor = Tensor(shape: shape, scalars: (0..<Shape.count(shape)).map { _ in source.normal() }, origin: nil)
        tensor.requiresGrad = requiresGrad
        return tensor
    }

    /// Uniform draws in [low, high) from the current random source.
    public static func uniform(_ shape: [Int], low: Float = 0, high: Float = 1, requiresGrad: Bool = false) -> Tensor {
        let source = RandomSource.current
        let tensor = Tensor(shape: shape, scalars: (0..<Shape.count(shape)).map { _ in source.uniform(low, high) }, origin: nil)
        tensor.requiresGrad = requiresGrad
        return tensor
    }

    /// A copy that records no history: `tensor.detach()` in PyTorch.
    public func detached() -> Tensor {
        Tensor(shape: shape, scalars: scalars, origin: nil)
    }

    /// Replaces the elements in place, recording nothing: for optimizers.
    public func assign(_ newScalars: [Float]) {
        precondition(newScalars.count == scalars.count, "assign: \(newScalars.count) scalars for shape \(TensorError.describe(shape))")
        scalars = newScalars
    }
}
