extension Tensor {
    /// The same elements in a new shape; one size may be −1, inferred.
    public func reshaped(to newShape: [Int]) -> Tensor {
        orTrap { () throws(TensorError) in try checkedReshaped(to: newShape) }
    }

    /// `reshaped` with its error thrown, for callers that report it.
    public static func reshaped(_ tensor: Tensor, to newShape: [Int]) throws(TensorError) -> Tensor {
        try tensor.checkedReshaped(to: newShape)
    }

    func checkedReshaped(to newShape: [Int]) throws(TensorError) -> Tensor {
        var resolved = newShape
        let inferred = newShape.indices.filter { newShape[$0] == -1 }
        let known = Shape.count(newShape.filter { $0 != -1 })
        if inferred.count == 1, known > 0, count % known == 0 {
            resolved[inferred[0]] = count / known
        }
        guard resolved.allSatisfy({ $0 >= 0 }), Shape.count(resolved) == count else {
            throw TensorError("reshape: cannot view \(TensorError.describe(shape)) (\(count) elements) as \(TensorError.describe(newShape))")
        }
        return Tensor.result(resolved, scalars, .reshape, self)
    }

    /// The axes reordered: axis i of the result is axis `order[i]` of this tensor.
    public func permuted(_ order: [Int]) -> Tensor {
        orTrap { () throws(TensorError) in try checkedPermuted(order) }
    }

    /// `permuted` with its error thrown, for callers that report it.
    public static func permuted(_ tensor: Tensor, _ order: [Int]) throws(TensorError) -> Tensor {
        try tensor.checkedPermuted(order)
    }

    func checkedPermuted(_ order: [Int]) throws(TensorError) -> Tensor {
        guard order.sorted() == Array(0..<rank) else {
            throw TensorError("permute: \(TensorError.describe(order)) is not an ordering of the axes of \(TensorError.describe(shape))")
        }
        let newShape = order.map { shape[$0] }
        if rank >= 2, order == Array(0..<(rank - 2)) + [rank - 1, rank - 2] {
            let out = Transpose.lastTwoAxes(scalars, rows: shape[rank - 2], columns: shape[rank - 1])
            return Tensor.result(newShape, out, .permute(order), self)
        }
        let strides = Shape.strides(shape)
        let permutedStrides = order.map { strides[$0] }
        var out = [Float](repeating: 0, count: count)
        var index = Array(repeating: 0, count: rank)
        var source = 0
        for i in 0..<count {
            out[i] = scalars[source]
            var axis = rank - 1
            while axis >= 0 {
                index[axis] += 1
                source += permutedStrides[axis]
                if index[axis] < newShape[axis] { break }
                source -= permutedStrides[axis] * newShape[axis]
                index[axis] = 0
                axis -= 1
            }
        }
        return Tensor.result(newShape, out, .permute(order), self)
    }

    /// The last two axes swapped: the matrix transpose.
    public var transposed: Tensor {
        guard rank >= 2 else { return self }
        var order = Array(0..<rank)
        order.swapAt(rank - 1, rank - 2)
        return permuted(order)
    }

    public func reshaped(_ shape: Int...) -> Tensor {
        reshaped(to: shape)
    }
}
