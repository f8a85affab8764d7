extension Tensor {
    /// The elements `range` along `axis`, as `x[:, a:b]` in PyTorch.
    public func slice(axis: Int, _ range: Range<Int>) -> Tensor {
        orTrap { () throws(TensorError) in try checkedSlice(axis: axis, range) }
    }

    /// `slice` with its error thrown, for callers that report it.
    public static func slice(_ tensor: Tensor, axis: Int, _ range: Range<Int>) throws(TensorError) -> Tensor {
        try tensor.checkedSlice(axis: axis, range)
    }

    func checkedSlice(axis: Int, _ range: Range<Int>) throws(TensorError) -> Tensor {
        let axis = try Shape.axis(axis, rank: rank, operation: "slice")
        guard range.lowerBound >= 0, range.upperBound <= shape[axis] else {
            throw TensorError("slice: \(range.lowerBound)..<\(range.upperBound) is outside axis \(axis) of \(TensorError.describe(shape))")
        }
        var newShape = shape
        newShape[axis] = range.count
        let scalars = Indexing.slice(scalars, shape: shape, axis: axis, start: range.lowerBound, count: range.count)
        return Tensor.result(newShape, scalars, .slice(axis: axis, start: range.lowerBound, count: range.count), self)
    }

    /// Rows of this table [R, …] at the given indices: an embedding lookup.
    public func rows(_ indices: [Int]) -> Tensor {
        orTrap { () throws(TensorError) in try checkedRows(indices) }
    }

    /// `rows` with its error thrown, for callers that report it.
    public static func rows(_ tensor: Tensor, _ indices: [Int]) throws(TensorError) -> Tensor {
        try tensor.checkedRows(indices)
    }

    func checkedRows(_ indices: [Int]) throws(TensorError) -> Tensor {
        guard rank >= 1 else { throw TensorError("rows: a scalar has no rows") }
        if let bad = indices.first(where: { $0 < 0 || $0 >= shape[0] }) {
            throw TensorError("rows: index \(bad) is outside 0..<\(shape[0]) for a table of shape \(TensorError.describe(shape))")
        }
        let rowSize = Shape.count(Array(shape.dropFirst()))
        let scalars = Indexing.gatherRows(scalars, rowSize: rowSize, rows: indices)
        return Tensor.result([indices.count] + shape.dropFirst(), scalars, .gather(rows: indices), self)
    }

    /// Joins tensors along an axis; every other axis must match.
    /// `length` elements along an axis from `start`, as PyTorch's `narrow`: a slice that
    /// needs no range (lesson code has none).
    public func narrow(axis: Int, start: Int, length: Int) -> Tensor {
        orTrap { () throws(TensorError) in try Tensor.narrow(self, axis: axis, start: start, length: length) }
    }

    public static func narrow(_ tensor: Tensor, axis: Int, start: Int, length: Int) throws(TensorError) -> Tensor {
        guard length >= 0 else { throw TensorError("narrow: length \(length) is negative") }
        let (end, overflow) = start.addingReportingOverflow(length)
        guard !overflow else { throw TensorError("narrow: start \(start) and length \(length) are out of range") }
        return try tensor.checkedSlice(axis: axis, start..<Swift.max(start, end))
    }

    public static func concatenate(_ tensors: [Tensor], axis: Int = 0) throws(TensorError) -> Tensor {
        guard let first = tensors.first else { throw TensorError("concatenate: no tensors to join") }
        let axis = try Shape.axis(axis, rank: first.rank, operation: "concatenate")
        for tensor in tensors where tensor.rank != first.rank
            || tensor.shape.enumerated().contains(where: { $0.offset != axis && $0.element != first.shape[$0.offset] }) {
            throw TensorError.shapes("concatenate", first.shape, tensor.shape, "sizes must match except along axis \(axis)")
        }
        var shape = first.shape
        shape[axis] = tensors.reduce(0) { $0 + $1.shape[axis] }
        let outer = Shape.count(Array(shape[..<axis])), inner = Shape.count(Array(shape[(axis + 1)...]))
        var out: [Float] = []
        out.reserveCapacity(Shape.count(shape))
        for i in 0..<outer {
            for tensor in tensors {
                let run = tensor.shape[axis] * inner
                out.append(contentsOf: tensor.scalars[(i * run)..<((i + 1) * run)])
            }
        }
        return result(shape, out, .concatenate(axis: axis), tensors)
    }

    /// Joins equally shaped tensors along a new axis.
    public static func stack(_ tensors: [Tensor], axis: Int = 0) throws(TensorError) -> Tensor {
        guard let first = tensors.first else { throw TensorError("stack: no tensors to join") }
        let position = axis < 0 ? axis + first.rank + 1 : axis
        guard position >= 0, position <= first.rank else { throw TensorError.axis("stack", axis, rank: first.rank + 1) }
        var expanded = first.shape
        expanded.insert(1, at: position)
        var parts: [Tensor] = []
        for tensor in tensors {
            guard tensor.shape == first.shape else {
                throw TensorError.shapes("stack", first.shape, tensor.shape, "every tensor must have the same shape")
            }
            parts.append(try tensor.checkedReshaped(to: expanded))
        }
        return try concatenate(parts, axis: position)
    }
}

/// `Tensor.concatenate`, trapping on a shape error with its message, as `torch.cat`.
public func concatenate(_ tensors: [Tensor], axis: Int = 0) -> Tensor {
    orTrap { () throws(TensorError) in try Tensor.concatenate(tensors, axis: axis) }
}

/// `Tensor.stack`, trapping on a shape error with its message, as `torch.stack`.
public func stack(_ tensors: [Tensor], axis: Int = 0) -> Tensor {
    orTrap { () throws(TensorError) in try Tensor.stack(tensors, axis: axis) }
}
