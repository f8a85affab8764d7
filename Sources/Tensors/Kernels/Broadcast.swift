/// Elementwise kernels over row-major buffers, with NumPy broadcasting.
enum Broadcast {
    /// `op(a, b)` elementwise, `a` and `b` broadcast to `shape`.
    @inline(__always)
    static func map(
        _ a: [Float], _ aShape: [Int], _ b: [Float], _ bShape: [Int], to shape: [Int],
        _ op: (Float, Float) -> Float
    ) -> [Float] {
        let count = Shape.count(shape)
        if a.count == count, b.count == count {
            return [Float](unsafeUninitializedCapacity: count) { out, initialized in
                a.withUnsafeBufferPointer { a in
                    b.withUnsafeBufferPointer { b in
                        for i in 0..<count { out[i] = op(a[i], b[i]) }
                    }
                }
                initialized = count
            }
        }
        if b.count == count, a.count == 1 || isSuffix(aShape, of: shape) {
            return tiled(a, b, count) { op($1, $0) }
        }
        if a.count == count, b.count == 1 || isSuffix(bShape, of: shape) {
            return tiled(b, a, count, op)
        }
        return general(a, aShape, b, bShape, shape, op)
    }

    /// `op(full[i], small[i % small.count])`: a bias or scalar repeated over whole rows.
    @inline(__always)
    private static func tiled(_ small: [Float], _ full: [Float], _ count: Int, _ op: (Float, Float) -> Float) -> [Float] {
        let width = small.count
        return [Float](unsafeUninitializedCapacity: count) { out, initialized in
            small.withUnsafeBufferPointer { small in
                full.withUnsafeBufferPointer { full in
                    if width == 1 {
                        let s = small[0]
                        for i in 0..<count { out[i] = op(full[i], s) }
                    } else {
                        var start = 0
                        while start < count {
                            for j in 0..<width { out[start + j] = op(full[start + j], small[j]) }
                            start += width
                        }
                    }
                }
            }
            initialized = count
        }
    }

    /// Whether `small` matches the trailing axes of `shape` (leading 1s allowed).
    static func isSuffix(_ small: [Int], of shape: [Int]) -> Bool {
        var trimmed = small[...]
        while trimmed.first == 1, trimmed.count > 0 { trimmed = trimmed.dropFirst() }
        return trimmed.count <= shape.count && Array(trimmed) == Array(shape.suffix(trimmed.count))
    }

    /// Any broadcast: walks the output a row (last axis) at a time, each
    /// operand reading its row with stride 1 or 0.
    private static func general(
        _ a: [Float], _ aShape: [Int], _ b: [Float], _ bShape: [Int], _ shape: [Int], _ op: (Float, Float) -> Float
    ) -> [Float] {
        let aStrides = broadcastStrides(aShape, to: shape), bStrides = broadcastStrides(bShape, to: shape)
        let count = Shape.count(shape)
        let width = shape.last ?? 1
        let (aStep, bStep) = (aStrides.last ?? 0, bStrides.last ?? 0)
        var out = [Float](repeating: 0, count: count)
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                out.withUnsafeMutableBufferPointer { out in
                    forEachRow(shape, aStrides, bStrides) { start, ai, bi in
                        for j in 0..<width { out[start + j] = op(a[ai + j * aStep], b[bi + j * bStep]) }
                    }
                }
            }
        }
        return out
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

    /// `op(x)` for every element.
    @inline(__always)
    static func map(_ x: [Float], _ op: (Float) -> Float) -> [Float] {
        [Float](unsafeUninitializedCapacity: x.count) { out, initialized in
            x.withUnsafeBufferPointer { x in
                for i in 0..<x.count { out[i] = op(x[i]) }
            }
            initialized = x.count
        }
    }

    /// `op(x, y)` for equal-length buffers.
    @inline(__always)
    static func zip(_ x: [Float], _ y: [Float], _ op: (Float, Float) -> Float) -> [Float] {
        [Float](unsafeUninitializedCapacity: x.count) { out, initialized in
            x.withUnsafeBufferPointer { x in
                y.withUnsafeBufferPointer { y in
                    for i in 0..<x.count { out[i] = op(x[i], y[i]) }
                }
            }
            initialized = x.count
        }
    }
}
