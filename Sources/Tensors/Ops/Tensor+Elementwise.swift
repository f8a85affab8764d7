/// Elementwise arithmetic with broadcasting. The static methods are the
/// checked entry points; the operators trap with the same message.
extension Tensor {
    static func binary(
        _ primitive: Primitive, _ name: String, _ a: Tensor, _ b: Tensor, _ formula: BinaryFormula
    ) throws(TensorError) -> Tensor {
        let shape = try Shape.broadcastResult(name, a.shape, b.shape)
        let scalars = Elementwise.map(a.scalars, a.shape, b.scalars, b.shape, to: shape, formula)
        return result(shape, scalars, primitive, a, b)
    }

    public static func add(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor { try binary(.add, "add", a, b, .add) }
    public static func subtract(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor { try binary(.subtract, "subtract", a, b, .subtract) }
    public static func multiply(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor { try binary(.multiply, "multiply", a, b, .multiply) }
    public static func divide(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor { try binary(.divide, "divide", a, b, .divide) }

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
    public static prefix func - (x: Tensor) -> Tensor { x.unary(.negate, .negate) }

    func unary(_ primitive: Primitive, _ formula: UnaryFormula) -> Tensor {
        Tensor.result(shape, Elementwise.map(scalars, formula), primitive, self)
    }

    public func scaled(by factor: Float) -> Tensor { unary(.scale(factor), .scale(factor)) }
    public func exp() -> Tensor { unary(.exp, .exp) }
    public func log() -> Tensor { unary(.log, .log) }
    public func sqrt() -> Tensor { unary(.sqrt, .sqrt) }
    public func tanh() -> Tensor { unary(.tanh, .tanh) }
    public func sigmoid() -> Tensor { unary(.sigmoid, .sigmoid) }
    public func relu() -> Tensor { unary(.relu, .relu) }
    public func leakyReLU(slope: Float = 0.01) -> Tensor { unary(.leakyReLU(slope: slope), .leakyReLU(slope)) }
    public func pow(_ exponent: Float) -> Tensor { unary(.power(exponent), .power(exponent)) }
    public func squared() -> Tensor { pow(2) }
}
