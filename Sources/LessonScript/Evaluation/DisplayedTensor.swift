/// A block's trailing tensor in a form a page or a tool can lay out (a table
/// with its shape) without the engine: its shape and its scalars, row-major.
public struct DisplayedTensor: Sendable, Hashable, Codable {
    public var shape: [Int]
    public var scalars: [Float]
}

extension Value {
    /// The structured form of a displayed value, for the values that have one.
    var displayedTensor: DisplayedTensor? {
        guard case .tensor(let reference) = self else { return nil }
        return DisplayedTensor(shape: reference.tensor.shape, scalars: reference.tensor.scalars)
    }
}
