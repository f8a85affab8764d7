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
    // Images [N, C, H, W]: convolution with weights [K, C, FH, FW], and pooling.
    case conv2d(Window)
    case maxPool2d(Window)
    case avgPool2d(Window)
    // Indexing: a range along one axis; rows of a table (embedding lookup); joining along an axis.
    case slice(axis: Int, start: Int, count: Int)
    case gather(rows: [Int])
    case concatenate(axis: Int)
}

/// A sliding window over the last two axes of an image batch.
struct Window: Equatable {
    var height: Int, width: Int
    var strideY: Int, strideX: Int
    var padY: Int, padX: Int

    /// Output size along one axis: (W − F + 2P) / S + 1.
    static func outputSize(_ input: Int, _ window: Int, _ stride: Int, _ padding: Int) -> Int {
        (input + 2 * padding - window) / stride + 1
    }

    func outputSize(height inputHeight: Int, width inputWidth: Int) -> (Int, Int) {
        (Window.outputSize(inputHeight, height, strideY, padY), Window.outputSize(inputWidth, width, strideX, padX))
    }
}

/// The operation and inputs that produced a tensor.
enum Origin {
    case unary(Primitive, Tensor)
    case binary(Primitive, Tensor, Tensor)
    case nary(Primitive, [Tensor])

    /// Calls `body` with each input in order, without building an array.
    @inline(__always)
    func forEachInput(_ body: (Int, Tensor) -> Void) {
        switch self {
        case .unary(_, let input): body(0, input)
        case .binary(_, let a, let b):
            body(0, a)
            body(1, b)
        case .nary(_, let inputs):
            for (index, input) in inputs.enumerated() { body(index, input) }
        }
    }
}

/// Whether operations record how they were computed. Off inside `noGrad`,
/// for parameter updates and evaluation.
enum GradientMode {
    @TaskLocal static var isEnabled = true
}

/// Whether layers behave as in training (dropout active). Off inside `evaluating`.
enum TrainingMode {
    @TaskLocal static var isTraining = true
}

/// Runs `body` without recording gradients, as `torch.no_grad()`.
public func noGrad<T, Failure: Error>(_ body: () throws(Failure) -> T) throws(Failure) -> T {
    // Through Result, because a task-local's `withValue` forgets the error's type.
    try GradientMode.$isEnabled.withValue(false) { Result { () throws(Failure) in try body() } }.get()
}

/// Runs `body` as evaluation: dropout off and no gradients recorded, as
/// `model.eval()` with `torch.no_grad()`.
public func evaluating<T, Failure: Error>(_ body: () throws(Failure) -> T) throws(Failure) -> T {
    try TrainingMode.$isTraining.withValue(false) { Result { () throws(Failure) in try noGrad(body) } }.get()
}

extension Tensor {
    /// A result tensor, remembering its origin when a gradient must flow through it.
    static func result(_ shape: [Int], _ scalars: [Float], _ primitive: Primitive, _ input: Tensor) -> Tensor {
        let tracks = input.requiresGrad && GradientMode.isEnabled
        return Tensor(shape: shape, scalars: scalars, origin: tracks ? .unary(primitive, input) : nil)
    }

    static func result(_ shape: [Int], _ scalars: [Float], _ primitive: Primitive, _ inputs: [Tensor]) -> Tensor {
        let tracks = inputs.contains(where: \.requiresGrad) && GradientMode.isEnabled
        return Tensor(shape: shape, scalars: scalars, origin: tracks ? .nary(primitive, inputs) : nil)
    }

    static func result(_ shape: [Int], _ scalars: [Float], _ primitive: Primitive, _ a: Tensor, _ b: Tensor) -> Tensor {
        let tracks = (a.requiresGrad || b.requiresGrad) && GradientMode.isEnabled
        return Tensor(shape: shape, scalars: scalars, origin: tracks ? .binary(primitive, a, b) : nil)
    }
}
