import Foundation

/// An input's share of a gradient: a whole gradient, or one covering only a
/// window along an axis (a slice), which is added in place rather than
/// padded with zeros to the input's size.
enum GradientPart {
    case dense([Float])
    case window(axis: Int, start: Int, shape: [Int], values: [Float])
}

/// Every primitive's gradient rule, in one exhaustive switch: given the output
/// and the gradient arriving at it, the gradient for each input.
extension Origin {
    func inputGradients(output y: Tensor, gradient g: [Float]) -> [GradientPart] {
        switch self {
        case .binary(let primitive, let a, let b):
            return binaryGradients(primitive, a, b, y, g).map(GradientPart.dense)
        case .unary(.slice(let axis, let start, _), _):
            return [.window(axis: axis, start: start, shape: y.shape, values: g)]
        case .unary(let primitive, let x):
            return [.dense(unaryGradient(primitive, x, y, g))]
        case .nary(let primitive, let inputs):
            return naryGradients(primitive, inputs, y, g).map(GradientPart.dense)
        }
    }

    private func naryGradients(_ primitive: Primitive, _ inputs: [Tensor], _ y: Tensor, _ g: [Float]) -> [[Float]] {
        switch primitive {
        case .concatenate(let axis):
            var start = 0
            return inputs.map { input in
                defer { start += input.shape[axis] }
                return Indexing.slice(g, shape: y.shape, axis: axis, start: start, count: input.shape[axis])
            }
        case .add, .subtract, .multiply, .divide, .matmul, .conv2d, .negate, .exp, .log, .sqrt, .tanh, .sigmoid,
             .relu, .leakyReLU, .power, .scale, .sum, .max, .reshape, .permute, .logSoftmax, .maxPool2d, .avgPool2d,
             .slice, .gather:
            preconditionFailure("\(primitive) has a fixed number of inputs")
        }
    }

    private func binaryGradients(_ primitive: Primitive, _ a: Tensor, _ b: Tensor, _ y: Tensor, _ g: [Float]) -> [[Float]] {
        let shape = y.shape
        func toA(_ full: [Float]) -> [Float] { Broadcast.reduce(full, from: shape, to: a.shape) }
        func toB(_ full: [Float]) -> [Float] { Broadcast.reduce(full, from: shape, to: b.shape) }
        func times(_ x: Tensor) -> [Float] { Elementwise.map(g, shape, x.scalars, x.shape, to: shape, .multiply) }
        switch primitive {
        case .add:
            return [toA(g), toB(g)]
        case .subtract:
            return [toA(g), toB(Elementwise.map(g, .negate))]
        case .multiply:
            return [toA(times(b)), toB(times(a))]
        case .divide:
            let overB = Elementwise.map(g, shape, b.scalars, b.shape, to: shape, .divide)
            return [toA(overB), toB(Elementwise.zip(overB, y.scalars, .negatedProduct))]
        case .matmul:
            return MatmulGradient(a: a, b: b, gradient: g).inputGradients
        case .conv2d(let window):
            return ConvolutionGradient(input: a, weight: b, window: window, gradient: g).inputGradients
        case .negate, .exp, .log, .sqrt, .tanh, .sigmoid, .relu, .leakyReLU, .power, .scale,
             .sum, .max, .reshape, .permute, .logSoftmax, .maxPool2d, .avgPool2d, .slice, .gather, .concatenate:
            preconditionFailure("\(primitive) does not have two inputs")
        }
    }

    private func unaryGradient(_ primitive: Primitive, _ x: Tensor, _ y: Tensor, _ g: [Float]) -> [Float] {
        switch primitive {
        case .negate: return Elementwise.map(g, .negate)
        case .exp: return Elementwise.zip(g, y.scalars, .multiply)
        case .log: return Elementwise.zip(g, x.scalars, .divide)
        case .sqrt: return Elementwise.zip(g, y.scalars, .sqrtSlope)
        case .tanh: return Elementwise.zip(g, y.scalars, .tanhSlope)
        case .sigmoid: return Elementwise.zip(g, y.scalars, .sigmoidSlope)
        case .relu: return Elementwise.zip(g, x.scalars, .reluSlope)
        case .leakyReLU(let slope): return Elementwise.zip(g, x.scalars, .leakyReLUSlope(slope))
        case .power(let p): return Elementwise.zip(g, x.scalars, .powerSlope(p))
        case .scale(let factor): return Elementwise.map(g, .scale(factor))
        case .sum(nil): return Array(repeating: g[0], count: x.count)
        case .sum(let axis?): return spread(g, along: axis, of: x)
        case .max(let axis): return spread(g, along: axis, of: x, onlyAtFirstMaximum: y)
        case .reshape: return g
        case .permute(let order):
            var inverse = order
            for (position, axis) in order.enumerated() { inverse[axis] = position }
            return Tensor(shape: y.shape, scalars: g, origin: nil).permutedScalars(inverse)
        case .logSoftmax: return logSoftmaxGradient(g, y)
        case .maxPool2d(let window): return PoolingGradient(input: x, output: y, window: window).maximum(g)
        case .avgPool2d(let window): return PoolingGradient(input: x, output: y, window: window).average(g)
        case .slice:
            preconditionFailure("a slice's gradient is a window, handled by inputGradients")
        case .gather(let rows):
            return Indexing.scatterRows(g, rows: rows, into: x.shape)
        case .add, .subtract, .multiply, .divide, .matmul, .conv2d, .concatenate:
            preconditionFailure("\(primitive) does not have one input")
        }
    }

    /// A reduced gradient copied back along the reduced axis.
    private func spread(_ g: [Float], along axis: Int, of x: Tensor) -> [Float] {
        let (outer, size, inner) = x.split(at: axis)
        var out = [Float](repeating: 0, count: x.count)
        for i in 0..<outer {
            for j in 0..<size {
                for l in 0..<inner { out[(i * size + j) * inner + l] = g[i * inner + l] }
            }
        }
        return out
    }

    /// The gradient of a maximum goes to the first element that reached it.
    private func spread(_ g: [Float], along axis: Int, of x: Tensor, onlyAtFirstMaximum y: Tensor) -> [Float] {
        let (outer, size, inner) = x.split(at: axis)
        var out = [Float](repeating: 0, count: x.count)
        for i in 0..<outer {
            for l in 0..<inner {
                guard let j = (0..<size).first(where: { x.scalars[(i * size + $0) * inner + l] == y.scalars[i * inner + l] }) else { continue }
                out[(i * size + j) * inner + l] = g[i * inner + l]
            }
        }
        return out
    }

    /// d/dx log softmax: g − softmax · Σ g, row by row along the last axis.
    private func logSoftmaxGradient(_ g: [Float], _ y: Tensor) -> [Float] {
        let width = y.shape.last ?? 1
        var out = g
        var start = 0
        while start < out.count {
            var total: Float = 0
            for j in start..<(start + width) { total += g[j] }
            for j in start..<(start + width) { out[j] = g[j] - Foundation.exp(y.scalars[j]) * total }
            start += width
        }
        return out
    }
}

extension Tensor {
    /// The scalars of `permuted(order)`, without recording anything.
    func permutedScalars(_ order: [Int]) -> [Float] {
        noGrad { orTrap { () throws(TensorError) in try checkedPermuted(order).scalars } }
    }
}
