/// The gradients of C = A·B, batched: dA = dC·Bᵀ and dB = Aᵀ·dC, summed over
/// the batches an operand was broadcast across.
struct MatmulGradient {
    let a: Tensor
    let b: Tensor
    let gradient: [Float]

    var inputGradients: [[Float]] {
        let (m, k, n) = (a.shape[a.rank - 2], a.shape[a.rank - 1], b.shape[b.rank - 1])
        let batches = Swift.max(Shape.count(Array(a.shape.dropLast(2))), Shape.count(Array(b.shape.dropLast(2))))
        let aBatched = a.rank > 2, bBatched = b.rank > 2
        let aT = Transpose.lastTwoAxes(a.scalars, rows: m, columns: k)
        let bT = Transpose.lastTwoAxes(b.scalars, rows: k, columns: n)
        var gradA = [Float](repeating: 0, count: a.count)
        var gradB = [Float](repeating: 0, count: b.count)
        var scratch = [Float](repeating: 0, count: Swift.max(m * k, k * n))
        gradient.withUnsafeBufferPointer { g in
            for index in 0..<batches {
                let gc = g.baseAddress! + index * m * n
                bT.withUnsafeBufferPointer { bT in
                    scratch.withUnsafeMutableBufferPointer { s in
                        Gemm.multiply(gc, bT.baseAddress! + (bBatched ? index * n * k : 0), s.baseAddress!, m: m, n: k, k: n)
                    }
                }
                let aOffset = aBatched ? index * m * k : 0
                for i in 0..<(m * k) { gradA[aOffset + i] += scratch[i] }
                aT.withUnsafeBufferPointer { aT in
                    scratch.withUnsafeMutableBufferPointer { s in
                        Gemm.multiply(aT.baseAddress! + (aBatched ? index * k * m : 0), gc, s.baseAddress!, m: k, n: n, k: m)
                    }
                }
                let bOffset = bBatched ? index * k * n : 0
                for i in 0..<(k * n) { gradB[bOffset + i] += scratch[i] }
            }
        }
        return [gradA, gradB]
    }
}
