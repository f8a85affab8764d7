@testable import Tensors

/// Compares autograd's gradient of `f` at `inputs` with central finite
/// differences in Float32: returns the largest relative error.
func gradientError(_ inputs: [Tensor], step: Float = 5e-3, _ f: ([Tensor]) -> Tensor) -> Float {
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

/// A tensor of the shape (at most 101 elements) with distinct values 0.02
/// apart, none at the kink of relu, so maxima have no ties.
func sample(_ shape: [Int], offset: Float = 0) -> Tensor {
    let count = shape.reduce(1, *)
    precondition(count <= 101, "samples have at most 101 distinct values")
    let scalars = (0..<count).map { i in Float((i * 37) % 101) / 50 - 1.01 + offset }
    return try! Tensor(shape: shape, scalars: scalars)
}
