/// Arithmetic with Swift's rules: Int overflow and division by zero are
/// errors (Swift traps; lessons report them), Double follows IEEE 754.
extension Compiler {
    static func integerArithmetic(
        _ op: ArithmeticOperator, _ left: @escaping Evaluate, _ right: @escaping Evaluate, _ position: SourcePosition
    ) -> Evaluate {
        let operation: (Int, Int) -> (partialValue: Int, overflow: Bool) = switch op {
        case .add: { $0.addingReportingOverflow($1) }
        case .subtract: { $0.subtractingReportingOverflow($1) }
        case .multiply: { $0.multipliedReportingOverflow(by: $1) }
        case .divide: { $0.dividedReportingOverflow(by: $1) }
        case .remainder: { $0.remainderReportingOverflow(dividingBy: $1) }
        }
        let isDivision = op == .divide || op == .remainder
        return { frame throws(ScriptFailure) in
            let a = try left(frame).int, b = try right(frame).int
            if isDivision, b == 0 {
                throw ScriptFailure(op == .divide ? Message.divisionByZero : Message.remainderByZero, at: position)
            }
            let (result, overflow) = operation(a, b)
            if overflow { throw ScriptFailure(Message.overflow(a, op.rawValue, b), at: position) }
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
}
