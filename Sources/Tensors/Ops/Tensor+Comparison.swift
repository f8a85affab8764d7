/// Comparisons give masks of 0 and 1, as Floats; like PyTorch's boolean
/// results they carry no gradient.
extension Tensor {
    static func compare(_ name: String, _ a: Tensor, _ b: Tensor, _ formula: BinaryFormula) throws(TensorError) -> Tensor {
        let shape = try Shape.broadcastResult(name, a.shape, b.shape)
        return Tensor(shape: shape, scalars: Elementwise.map(a.scalars, a.shape, b.scalars, b.shape, to: shape, formula), origin: nil)
    }

    public static func greater(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor { try compare("greater", a, b, .greater) }
    public static func less(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor { try compare("less", a, b, .less) }
    public static func equal(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor { try compare("equal", a, b, .equal) }

    public static func .> (a: Tensor, b: Tensor) -> Tensor { orTrap { () throws(TensorError) in try greater(a, b) } }
    public static func .< (a: Tensor, b: Tensor) -> Tensor { orTrap { () throws(TensorError) in try less(a, b) } }
    public static func .== (a: Tensor, b: Tensor) -> Tensor { orTrap { () throws(TensorError) in try equal(a, b) } }

    /// The step activation: 1 where positive, else 0 (no gradient: its slope is 0 almost everywhere).
    public func step() -> Tensor {
        Tensor(shape: shape, scalars: Elementwise.map(scalars, .step), origin: nil)
    }

    /// x·σ(x).
    public func swish() -> Tensor {
        self * sigmoid()
    }
}

extension Tensor {
    /// Without the axes of size 1 (or only `axis`, which must have size 1).
    public func squeezed(axis: Int? = nil) -> Tensor {
        orTrap { () throws(TensorError) in try checkedSqueezed(axis: axis) }
    }

    /// `squeezed` with its error thrown, for callers that report it.
    public static func squeezed(_ tensor: Tensor, axis: Int? = nil) throws(TensorError) -> Tensor {
        try tensor.checkedSqueezed(axis: axis)
    }

    func checkedSqueezed(axis: Int? = nil) throws(TensorError) -> Tensor {
        guard let axis else { return try checkedReshaped(to: shape.filter { $0 != 1 }) }
        let resolved = try Shape.axis(axis, rank: rank, operation: "squeeze")
        guard shape[resolved] == 1 else {
            throw TensorError("squeeze: axis \(axis) of \(TensorError.describe(shape)) has size \(shape[resolved]), not 1")
        }
        var newShape = shape
        newShape.remove(at: resolved)
        return try checkedReshaped(to: newShape)
    }

    /// With a new axis of size 1 at `axis` (0…rank; negative counts from the end).
    public func unsqueezed(axis: Int) -> Tensor {
        orTrap { () throws(TensorError) in try checkedUnsqueezed(axis: axis) }
    }

    /// `unsqueezed` with its error thrown, for callers that report it.
    public static func unsqueezed(_ tensor: Tensor, axis: Int) throws(TensorError) -> Tensor {
        try tensor.checkedUnsqueezed(axis: axis)
    }

    func checkedUnsqueezed(axis: Int) throws(TensorError) -> Tensor {
        let position = axis < 0 ? axis + rank + 1 : axis
        guard position >= 0, position <= rank else { throw TensorError.axis("unsqueeze", axis, rank: rank + 1) }
        var newShape = shape
        newShape.insert(1, at: position)
        return try checkedReshaped(to: newShape)
    }
}
