/// What training loops need of an optimizer.
public protocol Optimizer: AnyObject {
    var parameters: [Tensor] { get }
    /// The step size; a schedule changes it between steps.
    var learningRate: Float { get set }
    func zeroGrad()
    /// Updates every parameter in place from its gradient; records nothing.
    func step()
}

extension SGD: Optimizer {}
extension Adam: Optimizer {}

/// Scales all gradients down so their joint L2 norm is at most `maxNorm`, as
/// `torch.nn.utils.clip_grad_norm_`; returns the norm before clipping.
@discardableResult
public func clipGradNorm(_ parameters: [Tensor], maxNorm: Float) -> Float {
    let norm = parameters.reduce(Float(0)) { total, parameter in
        total + (parameter.grad?.scalars.reduce(0) { $0 + $1 * $1 } ?? 0)
    }.squareRoot()
    guard norm > maxNorm, norm > 0 else { return norm }
    let scale = maxNorm / norm
    for parameter in parameters {
        guard let grad = parameter.grad else { continue }
        grad.assign(grad.scalars.map { $0 * scale })
    }
    return norm
}
