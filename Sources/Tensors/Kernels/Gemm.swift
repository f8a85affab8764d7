/// C = A·B for row-major matrices (A is m×k, B is k×n, C is m×n), single
/// threaded. Large products go through packed panels and a 6×16 register
/// micro-kernel (the GotoBLAS/BLIS scheme); small ones, where packing would
/// cost more than it saves, through a plain loop the compiler vectorizes.
enum Gemm {
    static let rowsPerTile = 6
    static let columnsPerTile = 16
    static let depthBlock = 256
    static let rowBlock = 72
    static let columnBlock = 2048

    static func multiply(
        _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
        m: Int, n: Int, k: Int
    ) {
        if n < columnsPerTile, k >= columnsPerTile {
            // Narrow outputs: dot products along k, which vectorize, instead of rows of length n.
            let bT = UnsafeMutablePointer<Float>.allocate(capacity: k * n)
            defer { bT.deallocate() }
            Transpose.lastTwoAxes(b, into: bT, batches: 1, rows: k, columns: n)
            multiplyTransposed(a, bT, c, m: m, n: n, k: k)
        } else if m * n * k <= 128 * 128 * 128 || n < columnsPerTile || m < rowsPerTile || k < 16 {
            smallMultiply(a, b, c, m: m, n: n, k: k)
        } else {
            blockedMultiply(a, b, c, m: m, n: n, k: k)
        }
    }

    /// C = A·Bᵀ where B is given as n×k rows: every entry is a dot product of two contiguous rows.
    static func multiplyTransposed(
        _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
        m: Int, n: Int, k: Int
    ) {
        typealias Lane = SIMD8<Float>
        let vectorEnd = k - k % 16
        for i in 0..<m {
            let row = a + i * k
            for j in 0..<n {
                let column = b + j * k
                var sum0 = Lane(), sum1 = Lane()
                var p = 0
                while p < vectorEnd {
                    sum0.addProduct(UnsafeRawPointer(row + p).loadUnaligned(as: Lane.self), UnsafeRawPointer(column + p).loadUnaligned(as: Lane.self))
                    sum1.addProduct(UnsafeRawPointer(row + p + 8).loadUnaligned(as: Lane.self), UnsafeRawPointer(column + p + 8).loadUnaligned(as: Lane.self))
                    p += 16
                }
                var total = (sum0 + sum1).sum()
                while p < k {
                    total += row[p] * column[p]
                    p += 1
                }
                c[i * n + j] = total
            }
        }
    }

    /// Without packing: blocks of 4 rows × 16 columns accumulate in eight
    /// 8-lane registers, reading rows of B and scalars of A where they lie.
    private static func smallMultiply(
        _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
        m: Int, n: Int, k: Int
    ) {
        typealias Lane = SIMD8<Float>
        let wideEnd = n - n % 16
        var i = 0
        while i < m {
            let rows = min(4, m - i)
            // Rows past the end repeat the last real row; their results are not stored.
            let a0 = a + i * k, a1 = a + (i + min(1, rows - 1)) * k
            let a2 = a + (i + min(2, rows - 1)) * k, a3 = a + (i + min(3, rows - 1)) * k
            var j = 0
            while j < wideEnd {
                var c00 = Lane(), c01 = Lane(), c10 = Lane(), c11 = Lane()
                var c20 = Lane(), c21 = Lane(), c30 = Lane(), c31 = Lane()
                var bp = b + j
                for p in 0..<k {
                    let b0 = UnsafeRawPointer(bp).loadUnaligned(as: Lane.self)
                    let b1 = UnsafeRawPointer(bp + 8).loadUnaligned(as: Lane.self)
                    var s = Lane(repeating: a0[p]); c00.addProduct(s, b0); c01.addProduct(s, b1)
                    s = Lane(repeating: a1[p]); c10.addProduct(s, b0); c11.addProduct(s, b1)
                    s = Lane(repeating: a2[p]); c20.addProduct(s, b0); c21.addProduct(s, b1)
                    s = Lane(repeating: a3[p]); c30.addProduct(s, b0); c31.addProduct(s, b1)
                    bp += n
                }
                func store(_ r: Int, _ left: Lane, _ right: Lane) {
                    guard r < rows else { return }
                    let raw = UnsafeMutableRawPointer(c + (i + r) * n + j)
                    raw.storeBytes(of: left, as: Lane.self)
                    (raw + 32).storeBytes(of: right, as: Lane.self)
                }
                store(0, c00, c01); store(1, c10, c11); store(2, c20, c21); store(3, c30, c31)
                j += 16
            }
            // The last columns, fewer than 16: one row at a time along k.
            for r in 0..<rows where wideEnd < n {
                let row = c + (i + r) * n, aRow = a + (i + r) * k
                for column in wideEnd..<n { row[column] = 0 }
                for p in 0..<k {
                    let scale = aRow[p], bRow = b + p * n
                    for column in wideEnd..<n { row[column] += scale * bRow[column] }
                }
            }
            i += 4
        }
    }

    private static func blockedMultiply(
        _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
        m: Int, n: Int, k: Int
    ) {
        c.initialize(repeating: 0, count: m * n)
        let packedB = UnsafeMutablePointer<Float>.allocate(capacity: depthBlock * roundUp(min(n, columnBlock), columnsPerTile))
        let packedA = UnsafeMutablePointer<Float>.allocate(capacity: depthBlock * roundUp(min(m, rowBlock), rowsPerTile))
        defer {
            packedB.deallocate()
            packedA.deallocate()
        }
        for jc in stride(from: 0, to: n, by: columnBlock) {
            let nc = min(columnBlock, n - jc)
            for pc in stride(from: 0, to: k, by: depthBlock) {
                let kc = min(depthBlock, k - pc)
                packB(b + pc * n + jc, ldb: n, depth: kc, columns: nc, into: packedB)
                for ic in stride(from: 0, to: m, by: rowBlock) {
                    let mc = min(rowBlock, m - ic)
                    packA(a + ic * k + pc, lda: k, rows: mc, depth: kc, into: packedA)
                    for jr in stride(from: 0, to: nc, by: columnsPerTile) {
                        for ir in stride(from: 0, to: mc, by: rowsPerTile) {
                            microKernel(
                                depth: kc,
                                packedA + ir * kc, packedB + jr * kc,
                                c + (ic + ir) * n + jc + jr, ldc: n,
                                rows: min(rowsPerTile, mc - ir), columns: min(columnsPerTile, nc - jr)
                            )
                        }
                    }
                }
            }
        }
    }

    /// B's block as panels of 16 columns, each stored depth-major; short panels padded with zeros.
    private static func packB(_ b: UnsafePointer<Float>, ldb: Int, depth: Int, columns: Int, into packed: UnsafeMutablePointer<Float>) {
        var destination = packed
        for jr in stride(from: 0, to: columns, by: columnsPerTile) {
            let width = min(columnsPerTile, columns - jr)
            for p in 0..<depth {
                let source = b + p * ldb + jr
                for j in 0..<width { destination[j] = source[j] }
                for j in width..<columnsPerTile { destination[j] = 0 }
                destination += columnsPerTile
            }
        }
    }

    /// A's block as panels of 6 rows, each stored depth-major; short panels padded with zeros.
    private static func packA(_ a: UnsafePointer<Float>, lda: Int, rows: Int, depth: Int, into packed: UnsafeMutablePointer<Float>) {
        var destination = packed
        for ir in stride(from: 0, to: rows, by: rowsPerTile) {
            let height = min(rowsPerTile, rows - ir)
            for p in 0..<depth {
                for r in 0..<height { destination[r] = a[(ir + r) * lda + p] }
                for r in height..<rowsPerTile { destination[r] = 0 }
                destination += rowsPerTile
            }
        }
    }

    /// C[6×16] += Apanel·Bpanel, accumulated in twelve 8-lane registers.
    @inline(__always)
    private static func microKernel(
        depth: Int, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
        _ c: UnsafeMutablePointer<Float>, ldc: Int, rows: Int, columns: Int
    ) {
        typealias Lane = SIMD8<Float>
        var c00 = Lane(), c01 = Lane(), c10 = Lane(), c11 = Lane(), c20 = Lane(), c21 = Lane()
        var c30 = Lane(), c31 = Lane(), c40 = Lane(), c41 = Lane(), c50 = Lane(), c51 = Lane()
        var ap = a, bp = b
        for _ in 0..<depth {
            let b0 = UnsafeRawPointer(bp).loadUnaligned(as: Lane.self)
            let b1 = UnsafeRawPointer(bp + 8).loadUnaligned(as: Lane.self)
            var s = Lane(repeating: ap[0]); c00.addProduct(s, b0); c01.addProduct(s, b1)
            s = Lane(repeating: ap[1]); c10.addProduct(s, b0); c11.addProduct(s, b1)
            s = Lane(repeating: ap[2]); c20.addProduct(s, b0); c21.addProduct(s, b1)
            s = Lane(repeating: ap[3]); c30.addProduct(s, b0); c31.addProduct(s, b1)
            s = Lane(repeating: ap[4]); c40.addProduct(s, b0); c41.addProduct(s, b1)
            s = Lane(repeating: ap[5]); c50.addProduct(s, b0); c51.addProduct(s, b1)
            ap += rowsPerTile
            bp += columnsPerTile
        }
        // Adds one accumulated row pair to C, whole or clipped at the matrix's edge.
        func store(_ r: Int, _ left: Lane, _ right: Lane) {
            guard r < rows else { return }
            let row = c + r * ldc
            if columns == columnsPerTile {
                let raw = UnsafeMutableRawPointer(row)
                raw.storeBytes(of: raw.loadUnaligned(as: Lane.self) + left, as: Lane.self)
                (raw + 32).storeBytes(of: (raw + 32).loadUnaligned(as: Lane.self) + right, as: Lane.self)
            } else {
                for j in 0..<columns { row[j] += j < 8 ? left[j] : right[j - 8] }
            }
        }
        store(0, c00, c01); store(1, c10, c11); store(2, c20, c21)
        store(3, c30, c31); store(4, c40, c41); store(5, c50, c51)
    }

    private static func roundUp(_ value: Int, _ multiple: Int) -> Int {
        (value + multiple - 1) / multiple * multiple
    }
}
