/// Copying kernels for slices, row gathers and their adjoints, on row-major buffers.
enum Indexing {
    /// The elements of `start..<start+count` along `axis`.
    static func slice(_ x: [Float], shape: [Int], axis: Int, start: Int, count: Int) -> [Float] {
        let outer = Shape.count(Array(shape[..<axis])), size = shape[axis], inner = Shape.count(Array(shape[(axis + 1)...]))
        var out = [Float](repeating: 0, count: outer * count * inner)
        x.withUnsafeBufferPointer { x in
            out.withUnsafeMutableBufferPointer { out in
                for i in 0..<outer {
                    let source = x.baseAddress! + (i * size + start) * inner
                    (out.baseAddress! + i * count * inner).update(from: source, count: count * inner)
                }
            }
        }
        return out
    }

    /// The adjoint of `slice`: the slice's gradient placed in zeros of the full shape.
    static func unslice(_ g: [Float], shape: [Int], into full: [Int], axis: Int, start: Int) -> [Float] {
        let outer = Shape.count(Array(full[..<axis])), size = full[axis], inner = Shape.count(Array(full[(axis + 1)...]))
        let count = shape[axis]
        var out = [Float](repeating: 0, count: Shape.count(full))
        g.withUnsafeBufferPointer { g in
            out.withUnsafeMutableBufferPointer { out in
                for i in 0..<outer {
                    (out.baseAddress! + (i * size + start) * inner).update(from: g.baseAddress! + i * count * inner, count: count * inner)
                }
            }
        }
        return out
    }

    /// Rows of a table [R, …] in the given order.
    static func gatherRows(_ table: [Float], rowSize: Int, rows: [Int]) -> [Float] {
        var out = [Float](repeating: 0, count: rows.count * rowSize)
        for (index, row) in rows.enumerated() {
            for j in 0..<rowSize { out[index * rowSize + j] = table[row * rowSize + j] }
        }
        return out
    }

    /// The adjoint of `gatherRows`: each gathered row's gradient added back onto its table row.
    static func scatterRows(_ g: [Float], rows: [Int], into shape: [Int]) -> [Float] {
        let rowSize = Shape.count(Array(shape.dropFirst()))
        var out = [Float](repeating: 0, count: Shape.count(shape))
        for (index, row) in rows.enumerated() {
            for j in 0..<rowSize { out[row * rowSize + j] += g[index * rowSize + j] }
        }
        return out
    }
}
