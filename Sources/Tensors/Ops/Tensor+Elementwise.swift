import Foundation

/// Elementwise arithmetic with broadcasting. The static methods are the
/// checked entry points; the operators trap with the same message.
extension Tensor {
    static func binary(
        _ primitive: Primitive, _ name: String, _ a: Tensor, _ b: Tensor, _ op: (Float, Float) -> Float
    ) throws(TensorError) -> Tensor {
        guard let shape = a.shape == b.shape ? a.shape : Shape.broadcast(a.shape, b.shape) else {
            throw TensorError.broadcast(name, a.shape, b.shape)
        }
        let scalars = Broadcast.map(a.scalars, a.shape, b.scalars, b.shape, to: shape, op)
        return result(shape, scalars, primitive, a, b)
    }

    public static func add(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor { try binary(.add, "add", a, b, +) }
    public static func subtract(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor { try binary(.subtract, "subtract", a, b, -) }
    public static func multiply(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor { try binary(.multiply, "multiply", a, b, *) }
    public static func divide(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor { try binary(.divide, "divide", a, b, /) }

    public static func + (a: Tensor, b: Tensor) -> Tensor { orTrap { () throws(TensorError) in try add(a, b) } }
    public static func - (a: Tensor, b: Tensor) -> Tensor { orTrap { () throws(TensorError) in try subtract(a, b) } }
    public static func * (a: Tensor, b: Tensor) -> Tensor { orTrap { () throws(TensorError) in try multiply(a, b) } }
    public static func / (a: Tensor, b: Tensor) -> Tensor { orTrap { () throws(TensorError) in try divide(a, b) } }

    public static func + (a: Tensor, b: Float) -> Tensor { a + Tensor(b) }
    public static func + (a: Float, b: Tensor) -> Tensor { Tensor(a) + b }
    public static func - (a: Tensor, b: Float) -> Tensor { a - Tensor(b) }
    public static func - (a: Float, b: Tensor) -> Tensor { Tensor(a) - b }
    public static func * (a: Tensor, b: Float) -> Tensor { a.scaled(by: b) }
    public static func * (a: Float, b: Tensor) -> Tensor { b.scaled(by: a) }
    public static func / (a: Tensor, b: Float) -> Tensor { a.scaled(by: 1 / b) }
    public static func / (a: Float, b: Tensor) -> Tensor { Tensor(a) / b }
    public static prefix func - (x: Tensor) -> Tensor { x.unary(.negate) { -$0 } }

    func unary(_ primitive: Primitive, _ op: (Float) -> Float) -> Tensor {
        Tensor.result(shape, Broadcast.map(scalars, op), primitive, self)
    }

    public func scaled(by factor: Float) -> Tensor { unary(.scale(factor)) { $0 * factor } }
    public func exp() -> Tensor { unary(.exp) { Foundation.exp($0) } }
    public func log() -> Tensor { unary(.log) { Foundation.log($0) } }
    public func sqrt() -> Tensor { unary(.sqrt) { $0.squareRoot() } }
    public func tanh() -> Tensor { unary(.tanh) { Foundation.tanh($0) } }
    public func sigmoid() -> Tensor { unary(.sigmoid) { 1 / (1 + Foundation.exp(-$0)) } }
    public func relu() -> Tensor { unary(.relu) { $0 > 0 ? $0 : 0 } }
    public func leakyReLU(slope: Float = 0.01) -> Tensor { unary(.leakyReLU(slope: slope)) { $0 > 0 ? $0 : slope * $0 } }
    public func pow(_ exponent: Float) -> Tensor {
        exponent == 2 ? unary(.power(2)) { $0 * $0 } : unary(.power(exponent)) { Foundation.pow($0, exponent) }
    }
    public func squared() -> Tensor { pow(2) }
}
