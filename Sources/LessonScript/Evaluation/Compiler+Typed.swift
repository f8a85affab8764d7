/// Int and Bool expressions compiled to closures that give a Swift `Int` or
/// `Bool`, so the parts of `n < 2 ? n : fib(n - 1) + fib(n - 2)` pass plain
/// numbers to each other instead of boxing every step in a `Value`.
typealias EvaluateInt = (Frame) throws(ScriptFailure) -> Int
typealias EvaluateDouble = (Frame) throws(ScriptFailure) -> Double
typealias EvaluateBool = (Frame) throws(ScriptFailure) -> Bool

extension Compiler {
    /// An expression the checker typed Int.
    static func compileInt(_ expr: Expr) -> EvaluateInt {
        switch expr {
        case .constant(.int(let value)):
            return { _ in value }
        case .load(.local(let slot)):
            return { frame in
                guard case .int(let value) = frame.slots[slot] else { preconditionFailure("checker: expected Int") }
                return value
            }
        case .load(.global(let slot)):
            return { frame in
                guard case .int(let value) = frame.runtime.globals[slot] else { preconditionFailure("checker: expected Int") }
                return value
            }
        case .arithmetic(let op, .int, let left, let right, let position):
            if let a = Operand(left), let b = Operand(right) {
                return { frame throws(ScriptFailure) in try integer(op, a.int(frame), b.int(frame), at: position) }
            }
            let left = compileInt(left), right = compileInt(right)
            return switch op {
            case .add: { frame throws(ScriptFailure) in
                let (a, b) = (try left(frame), try right(frame))
                return try checked(a.addingReportingOverflow(b), a, op, b, position)
            }
            case .subtract: { frame throws(ScriptFailure) in
                let (a, b) = (try left(frame), try right(frame))
                return try checked(a.subtractingReportingOverflow(b), a, op, b, position)
            }
            case .multiply: { frame throws(ScriptFailure) in
                let (a, b) = (try left(frame), try right(frame))
                return try checked(a.multipliedReportingOverflow(by: b), a, op, b, position)
            }
            case .divide, .remainder: { frame throws(ScriptFailure) in try integer(op, try left(frame), try right(frame), at: position) }
            }
        case .conditional(let condition, let then, let otherwise):
            let condition = compileBool(condition), otherwise = compileInt(otherwise)
            // A plain variable or constant on the first branch (a recursion's base case) is read inline.
            if let value = Operand(then) {
                return { frame throws(ScriptFailure) in try condition(frame) ? value.int(frame) : try otherwise(frame) }
            }
            let then = compileInt(then)
            return { frame throws(ScriptFailure) in try condition(frame) ? try then(frame) : try otherwise(frame) }
        case .call(let function, let arguments, let position) where function.signature.parameters.map(\.type) == [.exactly(.int)]:
            return intCall(function, compileInt(arguments[0]), position)
        default:
            let value = compile(expr)
            return { frame throws(ScriptFailure) in
                guard case .int(let result) = try value(frame) else { preconditionFailure("checker: expected Int") }
                return result
            }
        }
    }

    /// An expression the checker typed Double.
    static func compileDouble(_ expr: Expr) -> EvaluateDouble {
        switch expr {
        case .constant(.double(let value)):
            return { _ in value }
        case .load(.local(let slot)):
            return { frame in
                guard case .double(let value) = frame.slots[slot] else { preconditionFailure("checker: expected Double") }
                return value
            }
        case .load(.global(let slot)):
            return { frame in
                guard case .double(let value) = frame.runtime.globals[slot] else { preconditionFailure("checker: expected Double") }
                return value
            }
        case .arithmetic(let op, .double, let left, let right, _):
            let left = compileDouble(left), right = compileDouble(right)
            return switch op {
            case .add: { frame throws(ScriptFailure) in try left(frame) + right(frame) }
            case .subtract: { frame throws(ScriptFailure) in try left(frame) - right(frame) }
            case .multiply: { frame throws(ScriptFailure) in try left(frame) * right(frame) }
            case .divide: { frame throws(ScriptFailure) in try left(frame) / right(frame) }
            case .remainder: preconditionFailure("the checker refuses % on Double")
            }
        case .negate(let operand, .double, _):
            let operand = compileDouble(operand)
            return { frame throws(ScriptFailure) in -(try operand(frame)) }
        case .conditional(let condition, let then, let otherwise):
            let condition = compileBool(condition), then = compileDouble(then), otherwise = compileDouble(otherwise)
            return { frame throws(ScriptFailure) in try condition(frame) ? try then(frame) : try otherwise(frame) }
        case .builtin(let builtin, let arguments, _) where builtin.name == "Double" && builtin.signature.parameters.map(\.type) == [.exactly(.int)]:
            let value = compileInt(arguments[0])
            return { frame throws(ScriptFailure) in Double(try value(frame)) }
        default:
            let value = compile(expr)
            return { frame throws(ScriptFailure) in
                guard case .double(let result) = try value(frame) else { preconditionFailure("checker: expected Double") }
                return result
            }
        }
    }

    /// An expression the checker typed Bool.
    static func compileBool(_ expr: Expr) -> EvaluateBool {
        switch expr {
        case .constant(.bool(let value)):
            return { _ in value }
        case .comparison(let op, .int, let left, let right):
            if let a = Operand(left), let b = Operand(right) { return fusedTest(op, a, b) }
            let left = compileInt(left), right = compileInt(right)
            return switch op {
            case .equal: { frame throws(ScriptFailure) in try left(frame) == right(frame) }
            case .notEqual: { frame throws(ScriptFailure) in try left(frame) != right(frame) }
            case .less: { frame throws(ScriptFailure) in try left(frame) < right(frame) }
            case .lessOrEqual: { frame throws(ScriptFailure) in try left(frame) <= right(frame) }
            case .greater: { frame throws(ScriptFailure) in try left(frame) > right(frame) }
            case .greaterOrEqual: { frame throws(ScriptFailure) in try left(frame) >= right(frame) }
            }
        case .comparison(let op, .double, let left, let right):
            let left = compileDouble(left), right = compileDouble(right)
            return switch op {
            case .equal: { frame throws(ScriptFailure) in try left(frame) == right(frame) }
            case .notEqual: { frame throws(ScriptFailure) in try left(frame) != right(frame) }
            case .less: { frame throws(ScriptFailure) in try left(frame) < right(frame) }
            case .lessOrEqual: { frame throws(ScriptFailure) in try left(frame) <= right(frame) }
            case .greater: { frame throws(ScriptFailure) in try left(frame) > right(frame) }
            case .greaterOrEqual: { frame throws(ScriptFailure) in try left(frame) >= right(frame) }
            }
        case .and(let left, let right):
            let left = compileBool(left), right = compileBool(right)
            return { frame throws(ScriptFailure) in try left(frame) ? try right(frame) : false }
        case .or(let left, let right):
            let left = compileBool(left), right = compileBool(right)
            return { frame throws(ScriptFailure) in try left(frame) ? true : try right(frame) }
        case .not(let operand):
            let operand = compileBool(operand)
            return { frame throws(ScriptFailure) in !(try operand(frame)) }
        default:
            let value = compile(expr)
            return { frame throws(ScriptFailure) in
                guard case .bool(let result) = try value(frame) else { preconditionFailure("checker: expected Bool") }
                return result
            }
        }
    }

    /// The result of an Int operation that reports overflow, or the overflow
    /// error (as `Compiler.integer` words it), inline here.
    @inline(__always)
    private static func checked(
        _ result: (partialValue: Int, overflow: Bool), _ a: Int, _ op: ArithmeticOperator, _ b: Int, _ position: SourcePosition
    ) throws(ScriptFailure) -> Int {
        guard result.overflow else { return result.partialValue }
        throw ScriptFailure(Message.overflow(a, op.rawValue, b), at: position)
    }
}
