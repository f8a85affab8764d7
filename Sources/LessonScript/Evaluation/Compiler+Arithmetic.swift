/// Arithmetic with Swift's rules: Int overflow and division by zero are
/// errors (Swift traps; lessons report them), Double follows IEEE 754.
extension Compiler {
    static func integerArithmetic(
        _ op: ArithmeticOperator, _ left: @escaping Evaluate, _ right: @escaping Evaluate, _ position: SourcePosition
    ) -> Evaluate {
        // One closure per operator, so the hot path makes no further indirect call.
        switch op {
        case .add: return checked(left, right, position, "+") { $0.addingReportingOverflow($1) }
        case .subtract: return checked(left, right, position, "-") { $0.subtractingReportingOverflow($1) }
        case .multiply: return checked(left, right, position, "*") { $0.multipliedReportingOverflow(by: $1) }
        case .divide:
            return { frame throws(ScriptFailure) in
                let a = try left(frame).int, b = try right(frame).int
                if b == 0 { throw ScriptFailure(Message.divisionByZero, at: position) }
                let (result, overflow) = a.dividedReportingOverflow(by: b)
                if overflow { throw ScriptFailure(Message.overflow(a, "/", b), at: position) }
                return .int(result)
            }
        case .remainder:
            return { frame throws(ScriptFailure) in
                let a = try left(frame).int, b = try right(frame).int
                if b == 0 { throw ScriptFailure(Message.remainderByZero, at: position) }
                let (result, overflow) = a.remainderReportingOverflow(dividingBy: b)
                if overflow { throw ScriptFailure(Message.overflow(a, "%", b), at: position) }
                return .int(result)
            }
        }
    }

    @inline(__always)
    private static func checked(
        _ left: @escaping Evaluate, _ right: @escaping Evaluate, _ position: SourcePosition, _ symbol: String,
        _ operation: @escaping (Int, Int) -> (partialValue: Int, overflow: Bool)
    ) -> Evaluate {
        { frame throws(ScriptFailure) in
            let a = try left(frame).int, b = try right(frame).int
            let (result, overflow) = operation(a, b)
            if overflow { throw ScriptFailure(Message.overflow(a, symbol, b), at: position) }
            return .int(result)
        }
    }

    static func doubleArithmetic(_ op: ArithmeticOperator, _ left: @escaping Evaluate, _ right: @escaping Evaluate) -> Evaluate {
        switch op {
        case .add: { frame throws(ScriptFailure) in .double(try left(frame).double + right(frame).double) }
        case .subtract: { frame throws(ScriptFailure) in .double(try left(frame).double - right(frame).double) }
        case .multiply: { frame throws(ScriptFailure) in .double(try left(frame).double * right(frame).double) }
        case .divide: { frame throws(ScriptFailure) in .double(try left(frame).double / right(frame).double) }
        case .remainder: preconditionFailure("the checker refuses % on Double")
        }
    }

    static func floatArithmetic(_ op: ArithmeticOperator, _ left: @escaping Evaluate, _ right: @escaping Evaluate) -> Evaluate {
        switch op {
        case .add: { frame throws(ScriptFailure) in .float(try left(frame).float + right(frame).float) }
        case .subtract: { frame throws(ScriptFailure) in .float(try left(frame).float - right(frame).float) }
        case .multiply: { frame throws(ScriptFailure) in .float(try left(frame).float * right(frame).float) }
        case .divide: { frame throws(ScriptFailure) in .float(try left(frame).float / right(frame).float) }
        case .remainder: preconditionFailure("the checker refuses % on Float")
        }
    }
}
