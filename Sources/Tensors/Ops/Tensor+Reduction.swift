extension Tensor {
    /// The sum of every element, as a scalar tensor.
    public func sum() -> Tensor {
        Tensor.result([], [scalars.reduce(0, +)], .sum(axis: nil), self)
    }

    /// Sums along one axis, keeping it with size 1 when `keepingAxis` (as
    /// PyTorch's `keepdim`), and dropping it otherwise.
    public func sum(axis: Int, keepingAxis: Bool = false) -> Tensor {
        orTrap { () throws(TensorError) in try checkedSum(axis: axis, keepingAxis: keepingAxis) }
    }

    /// `sum` with its error thrown, for callers that report it.
    public static func sum(_ tensor: Tensor, axis: Int, keepingAxis: Bool = false) throws(TensorError) -> Tensor {
        try tensor.checkedSum(axis: axis, keepingAxis: keepingAxis)
    }

    func checkedSum(axis: Int, keepingAxis: Bool = false) throws(TensorError) -> Tensor {
        let axis = try Shape.axis(axis, rank: rank, operation: "sum")
        let (outer, size, inner) = split(at: axis)
        var out = [Float](repeating: 0, count: outer * inner)
        scalars.withUnsafeBufferPointer { x in
            out.withUnsafeMutableBufferPointer { o in
                for i in 0..<outer {
                    for j in 0..<size {
                        let row = x.baseAddress! + (i * size + j) * inner
                        for l in 0..<inner { o[i * inner + l] += row[l] }
                    }
                }
            }
        }
        var kept = shape
        kept[axis] = 1
        let summed = Tensor.result(kept, out, .sum(axis: axis), self)
        return keepingAxis ? summed : summed.droppingAxis(axis)
    }

    public func mean() -> Tensor {
        sum().scaled(by: 1 / Float(Swift.max(count, 1)))
    }

    public func mean(axis: Int, keepingAxis: Bool = false) -> Tensor {
        orTrap { () throws(TensorError) in try checkedMean(axis: axis, keepingAxis: keepingAxis) }
    }

    /// `mean` with its error thrown, for callers that report it.
    public static func mean(_ tensor: Tensor, axis: Int, keepingAxis: Bool = false) throws(TensorError) -> Tensor {
        try tensor.checkedMean(axis: axis, keepingAxis: keepingAxis)
    }

    func checkedMean(axis: Int, keepingAxis: Bool = false) throws(TensorError) -> Tensor {
        let resolved = try Shape.axis(axis, rank: rank, operation: "mean")
        return try checkedSum(axis: resolved, keepingAxis: keepingAxis).scaled(by: 1 / Float(Swift.max(shape[resolved], 1)))
    }

    /// The largest element along an axis (its gradient goes to the first maximum).
    public func max(axis: Int, keepingAxis: Bool = false) -> Tensor {
        orTrap { () throws(TensorError) in try checkedMax(axis: axis, keepingAxis: keepingAxis) }
    }

    /// `max` with its error thrown, for callers that report it.
    public static func max(_ tensor: Tensor, axis: Int, keepingAxis: Bool = false) throws(TensorError) -> Tensor {
        try tensor.checkedMax(axis: axis, keepingAxis: keepingAxis)
    }

    func checkedMax(axis: Int, keepingAxis: Bool = false) throws(TensorError) -> Tensor {
        let axis = try Shape.axis(axis, rank: rank, operation: "max")
        guard shape[axis] > 0 else { throw TensorError("max: axis \(axis) of shape \(TensorError.describe(shape)) is empty") }
        let (outer, size, inner) = split(at: axis)
        var out = [Float](repeating: -.infinity, count: outer * inner)
        for i in 0..<outer {
            for j in 0..<size {
                for l in 0..<inner { out[i * inner + l] = Swift.max(out[i * inner + l], scalars[(i * size + j) * inner + l]) }
            }
        }
        var kept = shape
        kept[axis] = 1
        let maxima = Tensor.result(kept, out, .max(axis: axis), self)
        return keepingAxis ? maxima : maxima.droppingAxis(axis)
    }

    /// The index of the first largest element along an axis, as Float indices.
    public func argmax(axis: Int) -> Tensor {
        orTrap { () throws(TensorError) in try checkedArgmax(axis: axis) }
    }

    /// `argmax` with its error thrown, for callers that report it.
    public static func argmax(_ tensor: Tensor, axis: Int) throws(TensorError) -> Tensor {
        try tensor.checkedArgmax(axis: axis)
    }

    func checkedArgmax(axis: Int) throws(TensorError) -> Tensor {
        let axis = try Shape.axis(axis, rank: rank, operation: "argmax")
        guard shape[axis] > 0 else { throw TensorError("argmax: axis \(axis) of shape \(TensorError.describe(shape)) is empty") }
        let (outer, size, inner) = split(at: axis)
        var out = [Float](repeating: 0, count: outer * inner)
        for i in 0..<outer {
            for l in 0..<inner {
                var best = 0
                for j in 1..<size where scalars[(i * size + j) * inner + l] > scalars[(i * size + best) * inner + l] { best = j }
                out[i * inner + l] = Float(best)
            }
        }
        var reduced = shape
        reduced.remove(at: axis)
        return Tensor(shape: reduced, scalars: out, origin: nil)
    }

    /// The sizes before, along and after an axis.
    func split(at axis: Int) -> (outer: Int, size: Int, inner: Int) {
        (Shape.count(Array(shape[..<axis])), shape[axis], Shape.count(Array(shape[(axis + 1)...])))
    }

    private func droppingAxis(_ axis: Int) -> Tensor {
        var reduced = shape
        reduced.remove(at: axis)
        return Tensor.result(reduced, scalars, .reshape, self)
    }
}
