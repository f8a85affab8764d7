import Foundation

/// The elementwise formulas of the engine, forward and backward, with the
/// loops that apply them. Formulas are named rather than passed as closures
/// because debug builds optimize each file on its own: only a formula that
/// lives in the same file as its loop is fused into it, instead of being
/// called once per element.
enum UnaryFormula {
    case negate, exp, log, sqrt, tanh, sigmoid, relu, step
    case leakyReLU(Float)
    case power(Float)
    case scale(Float)

    @inline(__always)
    func with<R>(_ body: ((Float) -> Float) -> R) -> R {
        switch self {
        case .negate: body { -$0 }
        case .exp: body { Foundation.exp($0) }
        case .log: body { Foundation.log($0) }
        case .sqrt: body { $0.squareRoot() }
        case .tanh: body { Foundation.tanh($0) }
        case .sigmoid: body { 1 / (1 + Foundation.exp(-$0)) }
        case .relu: body { $0 > 0 ? $0 : 0 }
        case .step: body { $0 > 0 ? 1 : 0 }
        case .leakyReLU(let slope): body { $0 > 0 ? $0 : slope * $0 }
        case .power(2): body { $0 * $0 }
        case .power(let p): body { Foundation.pow($0, p) }
        case .scale(let factor): body { $0 * factor }
        }
    }
}

/// Formulas of two values: arithmetic, and the chain-rule products of the
/// gradient table, where the first value is the incoming gradient g and the
/// second the saved input x or output y.
enum BinaryFormula {
    case add, subtract, multiply, divide
    /// Comparisons, as 1 or 0.
    case greater, less, equal
    /// g·y·(1 − y), the sigmoid's slope.
    case sigmoidSlope
    /// g·(1 − y²), tanh's slope.
    case tanhSlope
    /// g where x > 0, else 0.
    case reluSlope
    /// g where x > 0, else slope·g.
    case leakyReLUSlope(Float)
    /// g / (2y), the square root's slope.
    case sqrtSlope
    /// g·p·x^(p − 1).
    case powerSlope(Float)
    /// −g·y, the quotient's slope in its divisor (with g already divided by it).
    case negatedProduct

    @inline(__always)
    func with<R>(_ body: ((Float, Float) -> Float) -> R) -> R {
        switch self {
        case .add: body { $0 + $1 }
        case .subtract: body { $0 - $1 }
        case .multiply: body { $0 * $1 }
        case .divide: body { $0 / $1 }
        case .greater: body { $0 > $1 ? 1 : 0 }
        case .less: body { $0 < $1 ? 1 : 0 }
        case .equal: body { $0 == $1 ? 1 : 0 }
        case .sigmoidSlope: body { $0 * $1 * (1 - $1) }
        case .tanhSlope: body { $0 * (1 - $1 * $1) }
        case .reluSlope: body { $1 > 0 ? $0 : 0 }
        case .leakyReLUSlope(let slope): body { $1 > 0 ? $0 : slope * $0 }
        case .sqrtSlope: body { $0 * 0.5 / $1 }
        case .powerSlope(let p): body { $0 * p * Foundation.pow($1, p - 1) }
        case .negatedProduct: body { -$0 * $1 }
        }
    }
}

enum Elementwise {
    /// `formula(x)` for every element.
    static func map(_ x: [Float], _ formula: UnaryFormula) -> [Float] {
        switch formula {
        case .exp: return Transcendental.map(x, Transcendental.exp)
        case .tanh: return Transcendental.map(x, Transcendental.tanh)
        case .sigmoid: return Transcendental.map(x, Transcendental.sigmoid)
        default: break
        }
        return formula.with { op in
            [Float](unsafeUninitializedCapacity: x.count) { out, initialized in
                x.withUnsafeBufferPointer { x in
                    for i in 0..<x.count { out[i] = op(x[i]) }
                }
                initialized = x.count
            }
        }
    }

    /// `formula(x, y)` for equal-length buffers.
    static func zip(_ x: [Float], _ y: [Float], _ formula: BinaryFormula) -> [Float] {
        formula.with { op in
            [Float](unsafeUninitializedCapacity: x.count) { out, initialized in
                x.withUnsafeBufferPointer { x in
                    y.withUnsafeBufferPointer { y in
                        for i in 0..<x.count { out[i] = op(x[i], y[i]) }
                    }
                }
                initialized = x.count
            }
        }
    }

    /// `formula(a, b)` with `a` and `b` broadcast to `shape`.
    static func map(
        _ a: [Float], _ aShape: [Int], _ b: [Float], _ bShape: [Int], to shape: [Int], _ formula: BinaryFormula
    ) -> [Float] {
        let count = Shape.count(shape)
        if a.count == count, b.count == count { return zip(a, b, formula) }
        return formula.with { op in
            if b.count == count, a.count == 1 || Broadcast.isSuffix(aShape, of: shape) {
                return tiled(a, b, count) { op($1, $0) }
            }
            if a.count == count, b.count == 1 || Broadcast.isSuffix(bShape, of: shape) {
                return tiled(b, a, count, op)
            }
            return general(a, aShape, b, bShape, shape, op)
        }
    }

    /// `op(full[i], small[i % small.count])`: a bias or scalar repeated over whole rows.
    @inline(__always)
    private static func tiled(_ small: [Float], _ full: [Float], _ count: Int, _ op: (Float, Float) -> Float) -> [Float] {
        let width = small.count
        return [Float](unsafeUninitializedCapacity: count) { out, initialized in
            small.withUnsafeBufferPointer { small in
                full.withUnsafeBufferPointer { full in
                    if width == 1 {
                        let s = small[0]
                        for i in 0..<count { out[i] = op(full[i], s) }
                    } else {
                        var start = 0
                        while start < count {
                            for j in 0..<width { out[start + j] = op(full[start + j], small[j]) }
                            start += width
                        }
                    }
                }
            }
            initialized = count
        }
    }

    /// Any broadcast: walks the output a row (last axis) at a time, each
    /// operand reading its row with stride 1 or 0.
    @inline(__always)
    private static func general(
        _ a: [Float], _ aShape: [Int], _ b: [Float], _ bShape: [Int], _ shape: [Int], _ op: (Float, Float) -> Float
    ) -> [Float] {
        let aStrides = Broadcast.broadcastStrides(aShape, to: shape), bStrides = Broadcast.broadcastStrides(bShape, to: shape)
        let width = shape.last ?? 1
        let (aStep, bStep) = (aStrides.last ?? 0, bStrides.last ?? 0)
        var out = [Float](repeating: 0, count: Shape.count(shape))
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                out.withUnsafeMutableBufferPointer { out in
                    Broadcast.forEachRow(shape, aStrides, bStrides) { start, ai, bi in
                        for j in 0..<width { out[start + j] = op(a[ai + j * aStep], b[bi + j * bStep]) }
                    }
                }
            }
        }
        return out
    }
}
