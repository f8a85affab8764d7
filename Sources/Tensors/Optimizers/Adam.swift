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
            let (rate, b1, b2, eps, decay) = (learningRate, beta1, beta2, epsilon, weightDecay)
            parameter.scalars.withUnsafeMutableBufferPointer { w in
                first[index].withUnsafeMutableBufferPointer { m in
                    second[index].withUnsafeMutableBufferPointer { v in
                        for i in 0..<w.count {
                            let g = grad[i] + decay * w[i]
                            m[i] = b1 * m[i] + (1 - b1) * g
                            v[i] = b2 * v[i] + (1 - b2) * g * g
                            w[i] -= rate * (m[i] / correction1) / ((v[i] / correction2).squareRoot() + eps)
                        }
                    }
                }
            }
        }
    }
}
