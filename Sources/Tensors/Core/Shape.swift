/// Helpers over shapes: row-major, the last axis varies fastest.
enum Shape {
    static func count(_ shape: [Int]) -> Int {
        shape.reduce(1, *)
    }

    static func strides(_ shape: [Int]) -> [Int] {
        var strides = Array(repeating: 1, count: shape.count)
        var running = 1
        for axis in shape.indices.reversed() {
            strides[axis] = running
            running *= shape[axis]
        }
        return strides
    }

    /// NumPy's broadcasting: align trailing axes; sizes must match or be 1.
    static func broadcast(_ a: [Int], _ b: [Int]) -> [Int]? {
        let rank = max(a.count, b.count)
        var result = Array(repeating: 0, count: rank)
        for offset in 0..<rank {
            let x = offset < a.count ? a[a.count - 1 - offset] : 1
            let y = offset < b.count ? b[b.count - 1 - offset] : 1
            guard x == y || x == 1 || y == 1 else { return nil }
            result[rank - 1 - offset] = max(x, y)
        }
        return result
    }

    /// The shape of a broadcasting operation's result, refused when the shapes
    /// do not broadcast or the result would pass the memory budget.
    static func broadcastResult(_ operation: String, _ a: [Int], _ b: [Int]) throws(TensorError) -> [Int] {
        guard let shape = a == b ? a : broadcast(a, b) else { throw TensorError.broadcast(operation, a, b) }
        try MemoryBudget.reserve(count(shape), for: operation)
        return shape
    }

    /// Resolves a possibly negative axis (−1 is the last).
    static func axis(_ axis: Int, rank: Int, operation: String) throws(TensorError) -> Int {
        let resolved = axis < 0 ? axis + rank : axis
        guard resolved >= 0, resolved < max(rank, 1) else { throw TensorError.axis(operation, axis, rank: rank) }
        return resolved
    }
}
