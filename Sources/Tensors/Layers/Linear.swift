import Foundation

/// y = x·Wᵀ + b, with W stored [out, in] as in PyTorch and both initialized
/// uniformly in ±1/√in from the current random source.
public struct Linear: Module {
    public let weight: Tensor
    public let bias: Tensor

    public init(_ inputs: Int, _ outputs: Int) {
        let bound = 1 / Float(inputs).squareRoot()
        weight = Tensor.uniform([outputs, inputs], low: -bound, high: bound, requiresGrad: true)
        bias = Tensor.uniform([outputs], low: -bound, high: bound, requiresGrad: true)
    }

    public func callAsFunction(_ input: Tensor) -> Tensor {
        orTrap { () throws(TensorError) in try forward(input) }
    }

    public func forward(_ input: Tensor) throws(TensorError) -> Tensor {
        let (outputs, inputs) = (weight.shape[0], weight.shape[1])
        guard input.rank >= 1, input.shape.last == inputs else {
            throw TensorError("Linear(\(inputs), \(outputs)): expects inputs of \(inputs) features, [N, \(inputs)]; got \(TensorError.describe(input.shape))")
        }
        return try Tensor.add(try Tensor.matmul(input, weight.transposed), bias)
    }
}
