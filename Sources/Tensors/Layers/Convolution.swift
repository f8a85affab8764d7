/// A 2-D convolution layer over images [N, C, H, W]: weights [out, in, F, F]
/// and a bias per output channel, initialized uniformly in ±1/√(in·F·F) as in PyTorch.
public struct Conv2D: Module {
    public let weight: Tensor
    public let bias: Tensor
    public let stride: Int
    public let padding: Int

    public init(_ inputs: Int, _ outputs: Int, kernelSize: Int, stride: Int = 1, padding: Int = 0) {
        let bound = 1 / Float(inputs * kernelSize * kernelSize).squareRoot()
        weight = Tensor.uniform([outputs, inputs, kernelSize, kernelSize], low: -bound, high: bound, requiresGrad: true)
        bias = Tensor.uniform([outputs], low: -bound, high: bound, requiresGrad: true)
        self.stride = stride
        self.padding = padding
    }

    public func callAsFunction(_ input: Tensor) -> Tensor {
        orTrap { () throws(TensorError) in try forward(input) }
    }

    public func forward(_ input: Tensor) throws(TensorError) -> Tensor {
        try Tensor.add(try Tensor.conv2d(input, weight, stride: stride, padding: padding), try bias.checkedReshaped(to: [bias.count, 1, 1]))
    }
}

public struct MaxPool2D: Module {
    public let size: Int
    public let stride: Int?
    public init(_ size: Int, stride: Int? = nil) {
        self.size = size
        self.stride = stride
    }
    public func callAsFunction(_ input: Tensor) -> Tensor {
        orTrap { () throws(TensorError) in try forward(input) }
    }

    public func forward(_ input: Tensor) throws(TensorError) -> Tensor {
        try input.checkedMaxPool2d(size, stride: stride)
    }
}

public struct AvgPool2D: Module {
    public let size: Int
    public let stride: Int?
    public init(_ size: Int, stride: Int? = nil) {
        self.size = size
        self.stride = stride
    }
    public func callAsFunction(_ input: Tensor) -> Tensor {
        orTrap { () throws(TensorError) in try forward(input) }
    }

    public func forward(_ input: Tensor) throws(TensorError) -> Tensor {
        try input.checkedAvgPool2d(size, stride: stride)
    }
}

/// Keeps the first axis (the batch) and flattens the rest, in (C, H, W) order.
public struct Flatten: Module {
    public init() {}
    public func callAsFunction(_ input: Tensor) -> Tensor {
        orTrap { () throws(TensorError) in try forward(input) }
    }

    public func forward(_ input: Tensor) throws(TensorError) -> Tensor {
        try input.checkedReshaped(to: [input.shape.first ?? 1, -1])
    }
}
