/// Stochastic gradient descent, with optional momentum and L2 weight decay
/// (PyTorch's update: v ← μv + g + λw; w ← w − ηv).
public final class SGD {
    public let parameters: [Tensor]
    public var learningRate: Float
    public let momentum: Float
    public let weightDecay: Float
    private var velocities: [[Float]]

    public init(_ parameters: [Tensor], learningRate: Float, momentum: Float = 0, weightDecay: Float = 0) {
        self.parameters = parameters
        self.learningRate = learningRate
        self.momentum = momentum
        self.weightDecay = weightDecay
        velocities = parameters.map { Array(repeating: 0, count: $0.count) }
    }

    public func zeroGrad() {
        parameters.forEach { $0.zeroGrad() }
    }

    /// Updates every parameter in place from its gradient; records nothing.
    public func step() {
        let (rate, decay, mu) = (learningRate, weightDecay, momentum)
        for (index, parameter) in parameters.enumerated() {
            guard let grad = parameter.grad?.scalars else { continue }
            parameter.scalars.withUnsafeMutableBufferPointer { weights in
                if mu == 0 {
                    for i in 0..<weights.count { weights[i] -= rate * (grad[i] + decay * weights[i]) }
                    return
                }
                velocities[index].withUnsafeMutableBufferPointer { velocity in
                    for i in 0..<weights.count {
                        velocity[i] = mu * velocity[i] + grad[i] + decay * weights[i]
                        weights[i] -= rate * velocity[i]
                    }
                }
            }
        }
    }
}
