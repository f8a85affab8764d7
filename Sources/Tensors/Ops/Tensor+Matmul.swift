extension Tensor {
    /// Matrix product over the last two axes; leading axes are batch axes and
    /// must be equal, or absent on one side (a matrix applied to every batch).
    public static func matmul(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
        guard a.rank >= 2, b.rank >= 2 else {
            throw TensorError.shapes("matmul", a.shape, b.shape, "both operands need at least two axes")
        }
        let (m, k) = (a.shape[a.rank - 2], a.shape[a.rank - 1])
        let (k2, n) = (b.shape[b.rank - 2], b.shape[b.rank - 1])
        guard k == k2 else {
            throw TensorError.shapes("matmul", a.shape, b.shape, "inner dimensions \(k) and \(k2) differ")
        }
        let aBatch = Array(a.shape.dropLast(2)), bBatch = Array(b.shape.dropLast(2))
        guard aBatch == bBatch || aBatch.isEmpty || bBatch.isEmpty else {
            throw TensorError.shapes("matmul", a.shape, b.shape, "batch axes \(TensorError.describe(aBatch)) and \(TensorError.describe(bBatch)) differ")
        }
        let batch = aBatch.isEmpty ? bBatch : aBatch
        let batches = Shape.count(batch)
        try MemoryBudget.reserve(Shape.count(batch + [m, n]), for: "matmul")
        let scalars = [Float](unsafeUninitializedCapacity: batches * m * n) { out, initialized in
            a.scalars.withUnsafeBufferPointer { a in
                b.scalars.withUnsafeBufferPointer { b in
                    for index in 0..<batches {
                        Gemm.multiply(
                            a.baseAddress! + (aBatch.isEmpty ? 0 : index * m * k),
                            b.baseAddress! + (bBatch.isEmpty ? 0 : index * k * n),
                            out.baseAddress! + index * m * n,
                            m: m, n: n, k: k
                        )
                    }
                }
            }
            initialized = batches * m * n
        }
        return result(batch + [m, n], scalars, .matmul, a, b)
    }

    public func matmul(_ other: Tensor) -> Tensor {
        orTrap { () throws(TensorError) in try Tensor.matmul(self, other) }
    }
}
