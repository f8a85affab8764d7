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

    /// The adjoint of `slice`: adds a slice's gradient into the full gradient, in place.
    static func addWindow(_ g: [Float], shape: [Int], into full: UnsafeMutableBufferPointer<Float>, fullShape: [Int], axis: Int, start: Int) {
        let outer = Shape.count(Array(fullShape[..<axis])), size = fullShape[axis], inner = Shape.count(Array(fullShape[(axis + 1)...]))
        let run = shape[axis] * inner
        g.withUnsafeBufferPointer { g in
            for i in 0..<outer {
                let destination = full.baseAddress! + (i * size + start) * inner, source = g.baseAddress! + i * run
                for j in 0..<run { destination[j] += source[j] }
            }
        }
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
