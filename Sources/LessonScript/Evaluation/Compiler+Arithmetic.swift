/// Arithmetic with Swift's rules, in one place: Int overflow and division by
/// zero are errors (Swift traps; lessons report them), Double and Float follow
/// IEEE 754. Operators, superinstructions and element updates all come here.
extension Compiler {
    /// `a op b` on Ints.
    @inline(__always)
    static func integer(_ op: ArithmeticOperator, _ a: Int, _ b: Int, at position: SourcePosition) throws(ScriptFailure) -> Int {
        let (result, overflow): (Int, Bool)
        switch op {
        case .add: (result, overflow) = a.addingReportingOverflow(b)
        case .subtract: (result, overflow) = a.subtractingReportingOverflow(b)
        case .multiply: (result, overflow) = a.multipliedReportingOverflow(by: b)
        case .divide:
            if b == 0 { throw ScriptFailure(Message.divisionByZero, at: position) }
            (result, overflow) = a.dividedReportingOverflow(by: b)
        case .remainder:
            if b == 0 { throw ScriptFailure(Message.remainderByZero, at: position) }
            (result, overflow) = a.remainderReportingOverflow(dividingBy: b)
        }
        if overflow { throw ScriptFailure(Message.overflow(a, op.rawValue, b), at: position) }
        return result
    }

    /// `a op b` on Doubles or Floats (the checker refuses `%` on them).
    @inline(__always)
    static func floating<T: FloatingPoint>(_ op: ArithmeticOperator, _ a: T, _ b: T) -> T {
        switch op {
        case .add: a + b
        case .subtract: a - b
        case .multiply: a * b
        case .divide: a / b
        case .remainder: preconditionFailure("the checker refuses % on floating-point numbers")
        }
    }

    /// `a op b` on two values of a number type, or `+` on strings: for updates of array elements.
    static func arithmetic(_ op: ArithmeticOperator, _ type: ScriptType, _ a: Value, _ b: Value, at position: SourcePosition) throws(ScriptFailure) -> Value {
        switch type {
        case .int: .int(try integer(op, a.int, b.int, at: position))
        case .double: .double(floating(op, a.double, b.double))
        case .float: .float(floating(op, a.float, b.float))
        default: .string(a.string + b.string)
        }
    }

    static func floatArithmetic(_ op: ArithmeticOperator, _ left: @escaping Evaluate, _ right: @escaping Evaluate) -> Evaluate {
        { frame throws(ScriptFailure) in .float(floating(op, try left(frame).float, try right(frame).float)) }
    }
}
