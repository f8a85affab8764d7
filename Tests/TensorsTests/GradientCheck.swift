@testable import Tensors

/// Compares autograd's gradient of `f` at `inputs` with central finite
/// differences, in Double-accumulated Float32: returns the largest relative error.
func gradientError(_ inputs: [Tensor], step: Float = 1e-2, _ f: ([Tensor]) -> Tensor) -> Float {
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
            let error = abs(numeric - analytic[i]) / max(1, abs(numeric), abs(analytic[i]))
            worst = max(worst, error)
        }
    }
    return worst
}

/// A tensor of the shape with a fixed spread of values, none near the kinks of relu or max.
func sample(_ shape: [Int], offset: Float = 0) -> Tensor {
    let count = shape.reduce(1, *)
    let scalars = (0..<count).map { i in Float((i * 7 + 3) % 11) / 5 - 1.05 + offset }
    return try! Tensor(shape: shape, scalars: scalars)
}
