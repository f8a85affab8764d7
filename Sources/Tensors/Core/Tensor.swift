/// An n-dimensional array of Float32, row-major, with reverse-mode autograd.
///
/// A tensor is a reference, as in PyTorch: a parameter keeps its identity, so
/// its gradient accumulates and an optimizer updates it in place. Operations
/// return new tensors.
///
/// ```swift
/// let w = Tensor([[1, 2], [3, 4]], requiresGrad: true)
/// let loss = (w * w).sum()
/// loss.backward()
/// w.grad!.scalars   // [2.0, 4.0, 6.0, 8.0]
/// ```
public final class Tensor {
    public let shape: [Int]
    /// The elements in row-major order.
    public internal(set) var scalars: [Float]
    /// Whether gradients flow to this tensor; set on parameters.
    public var requiresGrad: Bool
    /// The gradient of the last `backward()` with respect to this tensor, accumulated.
    public var grad: Tensor?
    /// How the tensor was computed, kept only when a gradient must flow through it.
    let origin: Origin?
    /// Scratch state of a backward pass: the gradient gathered so far, and
    /// whether the pass has reached this tensor. Both are reset when it ends.
    var pendingGradient: [Float] = []
    var isVisited = false
    /// The memory budget this tensor counts against, if one was current when it was made.
    private let budget: MemoryBudget?

    init(shape: [Int], scalars: [Float], origin: Origin?) {
        self.shape = shape
        self.scalars = scalars
        self.origin = origin
        self.requiresGrad = origin != nil
        budget = MemoryBudget.current
        budget?.charge(scalars.count * MemoryLayout<Float>.stride)
    }

    deinit {
        budget?.refund(scalars.count * MemoryLayout<Float>.stride)
    }

    /// A tensor of the given shape holding `scalars` in row-major order.
    public convenience init(shape: [Int], scalars: [Float], requiresGrad: Bool = false) throws(TensorError) {
        guard shape.allSatisfy({ $0 >= 0 }) else {
            throw TensorError("tensor: shape \(TensorError.describe(shape)) has a negative size")
        }
        guard Shape.count(shape) == scalars.count else {
            throw TensorError("tensor: shape \(TensorError.describe(shape)) needs \(Shape.count(shape)) scalars, got \(scalars.count)")
        }
        self.init(shape: shape, scalars: scalars, origin: nil)
        self.requiresGrad = requiresGrad
    }

    public var rank: Int { shape.count }
    public var count: Int { scalars.count }

    /// The value of a one-element tensor (trapping on any other, as the checked `Tensor.item(_:)` throws).
    public func item() -> Float {
        orTrap { () throws(TensorError) in try Tensor.item(self) }
    }

    /// The value of a one-element tensor: the checked entry point.
    public static func item(_ tensor: Tensor) throws(TensorError) -> Float {
        guard tensor.scalars.count == 1 else {
            throw TensorError("item: a tensor of shape \(TensorError.describe(tensor.shape)) has \(tensor.scalars.count) elements, not one")
        }
        return tensor.scalars[0]
    }
}

extension Tensor {
    /// A scalar tensor (rank 0).
    public convenience init(_ value: Float, requiresGrad: Bool = false) {
        self.init(shape: [], scalars: [value], origin: nil)
        self.requiresGrad = requiresGrad
    }

    /// A vector.
    public convenience init(_ values: [Float], requiresGrad: Bool = false) {
        self.init(shape: [values.count], scalars: values, origin: nil)
        self.requiresGrad = requiresGrad
    }

    /// A matrix from its rows, which must have equal lengths.
    public convenience init(_ rows: [[Float]], requiresGrad: Bool = false) {
        let columns = rows.first?.count ?? 0
        precondition(rows.allSatisfy { $0.count == columns }, "tensor: rows have different lengths")
        self.init(shape: [rows.count, columns], scalars: rows.flatMap { $0 }, origin: nil)
        self.requiresGrad = requiresGrad
    }
}
