/// NumPy broadcasting over row-major buffers: shapes, strides, and summing a
/// gradient back to the shape an input had before it was broadcast.
enum Broadcast {
    /// Whether `small` matches the trailing axes of `shape` (leading 1s allowed).
    static func isSuffix(_ small: [Int], of shape: [Int]) -> Bool {
        var trimmed = small[...]
        while trimmed.first == 1, trimmed.count > 0 { trimmed = trimmed.dropFirst() }
        return trimmed.count <= shape.count && Array(trimmed) == Array(shape.suffix(trimmed.count))
    }

    /// Calls `body(outputOffset, aOffset, bOffset)` for each row of `shape`,
    /// advancing the operands' offsets like an odometer over the leading axes.
    @inline(__always)
    static func forEachRow(_ shape: [Int], _ aStrides: [Int], _ bStrides: [Int], _ body: (Int, Int, Int) -> Void) {
        let width = shape.last ?? 1
        let count = Shape.count(shape)
        guard count > 0 else { return }
        let leading = shape.count - 1
        var index = Array(repeating: 0, count: Swift.max(leading, 0))
        var ai = 0, bi = 0, start = 0
        while start < count {
            body(start, ai, bi)
            start += width
            var axis = leading - 1
            while axis >= 0 {
                index[axis] += 1
                ai += aStrides[axis]
                bi += bStrides[axis]
                if index[axis] < shape[axis] { break }
                ai -= aStrides[axis] * shape[axis]
                bi -= bStrides[axis] * shape[axis]
                index[axis] = 0
                axis -= 1
            }
        }
    }

    /// Strides of `small` read as `shape`: 0 along broadcast axes.
    static func broadcastStrides(_ small: [Int], to shape: [Int]) -> [Int] {
        let strides = Shape.strides(small)
        let offset = shape.count - small.count
        return shape.indices.map { axis in
            axis < offset || small[axis - offset] == 1 ? 0 : strides[axis - offset]
        }
    }

    /// Sums a gradient of `shape` down to `target`, the shape an input had
    /// before broadcasting: the adjoint of broadcasting.
    static func reduce(_ gradient: [Float], from shape: [Int], to target: [Int]) -> [Float] {
        let count = Shape.count(target)
        if count == gradient.count { return gradient }
        var out = [Float](repeating: 0, count: count)
        if count == 1 || isSuffix(target, of: shape) {
            gradient.withUnsafeBufferPointer { g in
                out.withUnsafeMutableBufferPointer { o in
                    var start = 0
                    while start < g.count {
                        for j in 0..<count { o[j] += g[start + j] }
                        start += count
                    }
                }
            }
            return out
        }
        let strides = broadcastStrides(target, to: shape)
        let width = shape.last ?? 1
        let step = strides.last ?? 0
        gradient.withUnsafeBufferPointer { g in
            out.withUnsafeMutableBufferPointer { o in
                forEachRow(shape, strides, strides) { start, ti, _ in
                    if step == 0 {
                        var total: Float = 0
                        for j in 0..<width { total += g[start + j] }
                        o[ti] += total
                    } else {
                        for j in 0..<width { o[ti + j] += g[start + j] }
                    }
                }
            }
        }
        return out
    }
}
