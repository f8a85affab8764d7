extension Tensor {
    /// 2-D convolution (cross-correlation, as in PyTorch) of images [N, C, H, W]
    /// with weights [K, C, FH, FW]; the result is [N, K, OH, OW] with
    /// OH = (H − FH + 2P) / S + 1.
    public static func conv2d(_ input: Tensor, _ weight: Tensor, stride: Int = 1, padding: Int = 0) throws(TensorError) -> Tensor {
        try conv2d(input, weight, stride: (stride, stride), padding: (padding, padding), name: "conv2d")
    }

    /// 1-D convolution of sequences [N, C, L] with weights [K, C, F]: a 2-D
    /// convolution over images one pixel high.
    public static func conv1d(_ input: Tensor, _ weight: Tensor, stride: Int = 1, padding: Int = 0) throws(TensorError) -> Tensor {
        guard input.rank == 3, weight.rank == 3 else {
            throw TensorError.shapes("conv1d", input.shape, weight.shape, "expected input [N, C, L] and weight [K, C, F]")
        }
        let image = try input.checkedReshaped(to: [input.shape[0], input.shape[1], 1, input.shape[2]])
        let kernel = try weight.checkedReshaped(to: [weight.shape[0], weight.shape[1], 1, weight.shape[2]])
        let output = try conv2d(image, kernel, stride: (1, stride), padding: (0, padding), name: "conv1d")
        return try output.checkedReshaped(to: [output.shape[0], output.shape[1], output.shape[3]])
    }

    static func conv2d(
        _ input: Tensor, _ weight: Tensor, stride: (Int, Int), padding: (Int, Int), name: String
    ) throws(TensorError) -> Tensor {
        guard input.rank == 4, weight.rank == 4 else {
            throw TensorError.shapes(name, input.shape, weight.shape, "expected input [N, C, H, W] and weight [K, C, FH, FW]")
        }
        let (n, c, h, w) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        let (k, fh, fw) = (weight.shape[0], weight.shape[2], weight.shape[3])
        guard weight.shape[1] == c else {
            throw TensorError.shapes(name, input.shape, weight.shape, "the input has \(c) channels, the weight expects \(weight.shape[1])")
        }
        let window = try Window.checked(name, height: fh, width: fw, stride: stride, padding: padding, input: (h, w))
        let (oh, ow) = window.outputSize(height: h, width: w)
        let patch = c * fh * fw, pixels = oh * ow
        try MemoryBudget.reserve(patch * pixels + n * k * pixels, for: name)
        var columns = [Float](repeating: 0, count: patch * pixels)
        let scalars = [Float](unsafeUninitializedCapacity: n * k * pixels) { out, initialized in
            input.scalars.withUnsafeBufferPointer { x in
                weight.scalars.withUnsafeBufferPointer { wt in
                    columns.withUnsafeMutableBufferPointer { cols in
                        for image in 0..<n {
                            Im2Col.unfold(x.baseAddress! + image * c * h * w, channels: c, height: h, width: w, window: window, into: cols.baseAddress!)
                            Gemm.multiply(wt.baseAddress!, cols.baseAddress!, out.baseAddress! + image * k * pixels, m: k, n: pixels, k: patch)
                        }
                    }
                }
            }
            initialized = n * k * pixels
        }
        return result([n, k, oh, ow], scalars, .conv2d(window), input, weight)
    }

    /// Max pooling over windows of images [N, C, H, W]; stride defaults to the window size.
    public func maxPool2d(_ size: Int, stride: Int? = nil) -> Tensor {
        orTrap { () throws(TensorError) in try checkedMaxPool2d(size, stride: stride) }
    }

    /// `maxPool2d` with its error thrown, for callers that report it.
    public static func maxPool2d(_ tensor: Tensor, _ size: Int, stride: Int? = nil) throws(TensorError) -> Tensor {
        try tensor.checkedMaxPool2d(size, stride: stride)
    }

    func checkedMaxPool2d(_ size: Int, stride: Int? = nil) throws(TensorError) -> Tensor {
        try pool(size, stride ?? size, .max)
    }

    /// Average pooling over windows of images [N, C, H, W]; stride defaults to the window size.
    public func avgPool2d(_ size: Int, stride: Int? = nil) -> Tensor {
        orTrap { () throws(TensorError) in try checkedAvgPool2d(size, stride: stride) }
    }

    /// `avgPool2d` with its error thrown, for callers that report it.
    public static func avgPool2d(_ tensor: Tensor, _ size: Int, stride: Int? = nil) throws(TensorError) -> Tensor {
        try tensor.checkedAvgPool2d(size, stride: stride)
    }

    func checkedAvgPool2d(_ size: Int, stride: Int? = nil) throws(TensorError) -> Tensor {
        try pool(size, stride ?? size, .average)
    }

    enum Pooling { case max, average }

    private func pool(_ size: Int, _ stride: Int, _ kind: Pooling) throws(TensorError) -> Tensor {
        let name = kind == .max ? "maxPool2d" : "avgPool2d"
        guard rank == 4 else { throw TensorError("\(name): expected images [N, C, H, W], got \(TensorError.describe(shape))") }
        let (h, w) = (shape[2], shape[3])
        let window = try Window.checked(name, height: size, width: size, stride: (stride, stride), padding: (0, 0), input: (h, w))
        let (oh, ow) = window.outputSize(height: h, width: w)
        let planes = shape[0] * shape[1]
        var out = [Float](repeating: 0, count: planes * oh * ow)
        scalars.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { out in
                switch kind {
                case .max: Pool.maximum(input.baseAddress!, into: out.baseAddress!, planes: planes, height: h, width: w, window: window)
                case .average: Pool.average(input.baseAddress!, into: out.baseAddress!, planes: planes, height: h, width: w, window: window)
                }
            }
        }
        return Tensor.result([shape[0], shape[1], oh, ow], out, kind == .max ? .maxPool2d(window) : .avgPool2d(window), self)
    }
}

extension Window {
    static func checked(
        _ name: String, height: Int, width: Int, stride: (Int, Int), padding: (Int, Int), input: (Int, Int)
    ) throws(TensorError) -> Window {
        guard height > 0, width > 0, stride.0 > 0, stride.1 > 0, padding.0 >= 0, padding.1 >= 0 else {
            throw TensorError("\(name): window \(height)×\(width), stride \(stride.0) and padding \(padding.0) must be positive (padding may be 0)")
        }
        guard input.0 + 2 * padding.0 >= height, input.1 + 2 * padding.1 >= width else {
            throw TensorError("\(name): a \(height)×\(width) window does not fit in a \(input.0)×\(input.1) input with padding \(padding.0)")
        }
        return Window(height: height, width: width, strideY: stride.0, strideX: stride.1, padY: padding.0, padX: padding.1)
    }
}

/// `Tensor.conv2d`, trapping on a shape error with its message, as PyTorch's `F.conv2d`.
public func conv2d(_ input: Tensor, _ weight: Tensor, stride: Int = 1, padding: Int = 0) -> Tensor {
    orTrap { () throws(TensorError) in try Tensor.conv2d(input, weight, stride: stride, padding: padding) }
}

/// `Tensor.conv1d`, trapping on a shape error with its message, as PyTorch's `F.conv1d`.
public func conv1d(_ input: Tensor, _ weight: Tensor, stride: Int = 1, padding: Int = 0) -> Tensor {
    orTrap { () throws(TensorError) in try Tensor.conv1d(input, weight, stride: stride, padding: padding) }
}
