/// A table of learned vectors, one per token: indices of any shape (as Floats)
/// become vectors of `dimension`. Initialized N(0, 1), as in PyTorch.
public struct Embedding: Module {
    public let weight: Tensor

    public init(_ count: Int, _ dimension: Int) {
        weight = Tensor.randn([count, dimension], requiresGrad: true)
    }

    public init(weight: Tensor) {
        self.weight = weight
    }

    public func callAsFunction(_ indices: Tensor) -> Tensor {
        orTrap { () throws(TensorError) in try forward(indices) }
    }

    /// The rows of `indices`; an index that is not a whole number of the table is an error.
    public func forward(_ indices: Tensor) throws(TensorError) -> Tensor {
        let rows = indices.scalars.map { Int(exactly: $0) ?? -1 }
        return try weight.checkedRows(rows).checkedReshaped(to: indices.shape + [weight.shape[1]])
    }
}
