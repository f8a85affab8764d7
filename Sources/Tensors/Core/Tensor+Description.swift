extension Tensor: CustomStringConvertible {
    /// The values nested by axis, rows of a matrix on lines of their own, and
    /// the shape: `Tensor([[0.0, 1.0],\n        [1.0, 1.0]], shape: [2, 2])`.
    public var description: String {
        guard rank > 0 else { return "Tensor(\(scalars.first ?? 0))" }
        return "Tensor(" + nested(axis: 0, offset: 0, indent: 8) + ", shape: " + TensorError.describe(shape) + ")"
    }

    private func nested(axis: Int, offset: Int, indent: Int) -> String {
        let size = shape[axis]
        if axis == rank - 1 {
            return "[" + scalars[offset..<(offset + size)].map { "\($0)" }.joined(separator: ", ") + "]"
        }
        let stride = Shape.count(Array(shape[(axis + 1)...]))
        let separator = "," + String(repeating: "\n", count: rank - 1 - axis) + String(repeating: " ", count: indent + 1)
        return "[" + (0..<size).map { nested(axis: axis + 1, offset: offset + $0 * stride, indent: indent + 1) }
            .joined(separator: separator) + "]"
    }
}
