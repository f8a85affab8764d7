import Foundation

/// Scaled dot-product attention: weights = softmax(Q·Kᵀ/√d) over the keys,
/// output = weights·V. Queries [B, Tq, d], keys [B, Tk, d], values [B, Tk, dv].
public func attention(query: Tensor, keys: Tensor, values: Tensor) -> (output: Tensor, weights: Tensor) {
    orTrap { () throws(TensorError) in try Tensor.attention(query: query, keys: keys, values: values) }
}

extension Tensor {
    /// `attention(query:keys:values:)` with its error thrown, for callers that report it.
    public static func attention(query: Tensor, keys: Tensor, values: Tensor) throws(TensorError) -> (output: Tensor, weights: Tensor) {
        guard query.rank == 3, keys.rank == 3, values.rank == 3 else {
            throw TensorError.shapes("attention", query.shape, keys.shape, "expected queries [B, Tq, d], keys [B, Tk, d] and values [B, Tk, dv]")
        }
        let scores = try Tensor.matmul(query, keys.transposed).scaled(by: 1 / Float(query.shape[2]).squareRoot())
        let weights = scores.softmax()
        return (try Tensor.matmul(weights, values), weights)
    }
}
