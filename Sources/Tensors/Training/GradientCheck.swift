/// Compares autograd's gradients of `f` at `inputs` with central finite
/// differences and returns the largest relative error (|a − n| / max(1, |a|, |n|)).
/// Float32 limits agreement to about 1e-2 with the default step.
///
/// ```swift
/// let x = Tensor([0.5, -1.2])
/// gradientCheck([x]) { ($0[0].sigmoid() * $0[0]).sum() }   // about 1e-3
/// ```
public func gradientCheck(_ inputs: [Tensor], step: Float = 5e-3, _ f: ([Tensor]) -> Tensor) -> Float {
    for input in inputs {
        input.requiresGrad = true
        input.zeroGrad()
    }
    f(inputs).backward()
    var worst: Float = 0
    for input in inputs {
        let analytic = input.grad?.scalars ?? Array(repeating: 0, count: input.count)
        for i in 0..<input.count {
            let original = input.scalars[i]
            input.scalars[i] = original + step
            let plus = noGrad { f(inputs).scalars[0] }
            input.scalars[i] = original - step
            let minus = noGrad { f(inputs).scalars[0] }
            input.scalars[i] = original
            let numeric = (plus - minus) / (2 * step)
            worst = Swift.max(worst, abs(numeric - analytic[i]) / Swift.max(1, abs(numeric), abs(analytic[i])))
        }
    }
    return worst
}
