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
        input.matmul(weight.transposed) + bias
    }
}
