import Foundation

/// Adam (Kingma and Ba), with PyTorch's defaults and bias correction.
public final class Adam {
    public let parameters: [Tensor]
    public var learningRate: Float
    public let beta1: Float, beta2: Float, epsilon: Float, weightDecay: Float
    private var first: [[Float]], second: [[Float]]
    private var steps = 0

    public init(_ parameters: [Tensor], learningRate: Float = 0.001, beta1: Float = 0.9, beta2: Float = 0.999,
                epsilon: Float = 1e-8, weightDecay: Float = 0) {
        self.parameters = parameters
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        first = parameters.map { Array(repeating: 0, count: $0.count) }
        second = first
    }

    public func zeroGrad() {
        parameters.forEach { $0.zeroGrad() }
    }

    public func step() {
        steps += 1
        let correction1 = 1 - Float(pow(Double(beta1), Double(steps))), correction2 = 1 - Float(pow(Double(beta2), Double(steps)))
        for (index, parameter) in parameters.enumerated() {
            guard let grad = parameter.grad?.scalars else { continue }
            var weights = parameter.scalars
            for i in weights.indices {
                let g = grad[i] + weightDecay * weights[i]
                first[index][i] = beta1 * first[index][i] + (1 - beta1) * g
                second[index][i] = beta2 * second[index][i] + (1 - beta2) * g * g
                let mHat = first[index][i] / correction1, vHat = second[index][i] / correction2
                weights[i] -= learningRate * mHat / (vHat.squareRoot() + epsilon)
            }
            parameter.assign(weights)
        }
    }
}
