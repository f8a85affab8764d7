/// Activations as layers, for `Sequential`.
public struct Sigmoid: Module {
    public init() {}
    public func callAsFunction(_ input: Tensor) -> Tensor { input.sigmoid() }
}

public struct Tanh: Module {
    public init() {}
    public func callAsFunction(_ input: Tensor) -> Tensor { input.tanh() }
}

public struct ReLU: Module {
    public init() {}
    public func callAsFunction(_ input: Tensor) -> Tensor { input.relu() }
}

public struct LeakyReLU: Module {
    public let slope: Float
    public init(slope: Float = 0.01) { self.slope = slope }
    public func callAsFunction(_ input: Tensor) -> Tensor { input.leakyReLU(slope: slope) }
}

/// x·σ(x).
public struct Swish: Module {
    public init() {}
    public func callAsFunction(_ input: Tensor) -> Tensor { input * input.sigmoid() }
}

/// Probabilities along the last axis.
public struct Softmax: Module {
    public init() {}
    public func callAsFunction(_ input: Tensor) -> Tensor { input.softmax() }
}
