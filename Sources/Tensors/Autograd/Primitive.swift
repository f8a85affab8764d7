/// The engine's primitive operations, in one table. Everything else (mean,
/// softmax, losses, layers) is composed from these, so only these need
/// gradient rules (`Primitive+Gradient.swift`).
enum Primitive {
    // Elementwise over two tensors, with broadcasting.
    case add, subtract, multiply, divide
    // Elementwise over one tensor.
    case negate, exp, log, sqrt, tanh, sigmoid, relu
    case leakyReLU(slope: Float)
    case power(Float)
    case scale(Float)
    // Linear algebra: matrix products over the last two axes, batched over the rest.
    case matmul
    // Reductions: over every element, or along one axis (kept with size 1).
    case sum(axis: Int?)
    case max(axis: Int)
    // Shape.
    case reshape
    case permute([Int])
    // Numerically stable log-softmax along the last axis.
    case logSoftmax
}

/// The operation and inputs that produced a tensor.
enum Origin {
    case unary(Primitive, Tensor)
    case binary(Primitive, Tensor, Tensor)

    var inputs: [Tensor] {
        switch self {
        case .unary(_, let input): [input]
        case .binary(_, let a, let b): [a, b]
        }
    }
}

/// Whether operations record how they were computed. Off inside `noGrad`,
/// for parameter updates and evaluation.
enum GradientMode {
    @TaskLocal static var isEnabled = true
}

/// Runs `body` without recording gradients, as `torch.no_grad()`.
public func noGrad<T>(_ body: () throws -> T) rethrows -> T {
    try GradientMode.$isEnabled.withValue(false) { try body() }
}

extension Tensor {
    /// A result tensor, remembering its origin when a gradient must flow through it.
    static func result(_ shape: [Int], _ scalars: [Float], _ primitive: Primitive, _ input: Tensor) -> Tensor {
        let tracks = input.requiresGrad && GradientMode.isEnabled
        return Tensor(shape: shape, scalars: scalars, origin: tracks ? .unary(primitive, input) : nil)
    }

    static func result(_ shape: [Int], _ scalars: [Float], _ primitive: Primitive, _ a: Tensor, _ b: Tensor) -> Tensor {
        let tracks = (a.requiresGrad || b.requiresGrad) && GradientMode.isEnabled
        return Tensor(shape: shape, scalars: scalars, origin: tracks ? .binary(primitive, a, b) : nil)
    }
}
