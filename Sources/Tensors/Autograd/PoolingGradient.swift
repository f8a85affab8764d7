/// The gradients of pooling, through the kernels' adjoints.
struct PoolingGradient {
    let input: Tensor
    let output: Tensor
    let window: Window

    func maximum(_ g: [Float]) -> [Float] {
        adjoint { out, planes, height, width in
            g.withUnsafeBufferPointer { g in
                input.scalars.withUnsafeBufferPointer { x in
                    output.scalars.withUnsafeBufferPointer { y in
                        Pool.maximumAdjoint(g.baseAddress!, input: x.baseAddress!, output: y.baseAddress!, into: out,
                                            planes: planes, height: height, width: width, window: window)
                    }
                }
            }
        }
    }

    func average(_ g: [Float]) -> [Float] {
        adjoint { out, planes, height, width in
            g.withUnsafeBufferPointer { g in
                Pool.averageAdjoint(g.baseAddress!, into: out, planes: planes, height: height, width: width, window: window)
            }
        }
    }

    private func adjoint(_ body: (UnsafeMutablePointer<Float>, Int, Int, Int) -> Void) -> [Float] {
        var out = [Float](repeating: 0, count: input.count)
        out.withUnsafeMutableBufferPointer { out in
            body(out.baseAddress!, input.shape[0] * input.shape[1], input.shape[2], input.shape[3])
        }
        return out
    }
}
