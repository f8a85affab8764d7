/// The evaluator's fast paths. Fused closures for the operations loops spend
/// their time on (`i < n`, `x += 1`, `a * b` on variables and constants) read
/// their operands inline instead of through a closure call apiece, saving the
/// call and its retain and release; and Int, Double and Bool expressions
/// compile to closures that pass plain numbers to each other instead of
/// boxing every step in a `Value`. They share one file because debug builds
/// optimize each file alone, and a helper in another file is never inlined.

/// An operand read without a closure call: a variable's slot or a constant.
enum Operand {
    case local(Int)
    case global(Int)
    case constant(Value)

    init?(_ expr: Expr) {
        switch expr {
        case .load(.local(let slot)): self = .local(slot)
        case .load(.global(let slot)): self = .global(slot)
        case .constant(let value): self = .constant(value)
        default: return nil
        }
    }

    init?(_ place: Place) {
        switch place {
        case .local(let slot): self = .local(slot)
        case .global(let slot): self = .global(slot)
        case .captured: return nil
        }
    }

    @inline(__always)
    func int(_ frame: Frame) -> Int {
        switch self {
        case .local(let slot): if case .int(let value) = frame.slots[slot] { return value }
        case .global(let slot): if case .int(let value) = frame.runtime.globals[slot] { return value }
        case .constant(.int(let value)): return value
        case .constant: break
        }
        preconditionFailure("checker: expected Int")
    }

    @inline(__always)
    func double(_ frame: Frame) -> Double {
        switch self {
        case .local(let slot): if case .double(let value) = frame.slots[slot] { return value }
        case .global(let slot): if case .double(let value) = frame.runtime.globals[slot] { return value }
        case .constant(.double(let value)): return value
        case .constant: break
        }
        preconditionFailure("checker: expected Double")
    }

    @inline(__always)
    func float(_ frame: Frame) -> Float {
        switch self {
        case .local(let slot): if case .float(let value) = frame.slots[slot] { return value }
        case .global(let slot): if case .float(let value) = frame.runtime.globals[slot] { return value }
        case .constant(.float(let value)): return value
        case .constant: break
        }
        preconditionFailure("checker: expected Float")
    }

    /// Stores into a variable operand (never called on a constant).
    @inline(__always)
    func write(_ value: Value, _ frame: Frame) {
        switch self {
        case .local(let slot): frame.slots[slot] = value
        case .global(let slot): frame.runtime.globals[slot] = value
        case .constant: preconditionFailure("a constant is not assignable")
        }
    }
}

extension Compiler {
    /// A Double operator as a concrete function: `Compiler.floating` is generic
    /// and lives in another file, so from here it would run unspecialized.
    private static func doubleOperation(_ op: ArithmeticOperator) -> (Double, Double) -> Double {
        switch op {
        case .add: (+)
        case .subtract: (-)
        case .multiply: (*)
        case .divide: (/)
        case .remainder: preconditionFailure("the checker refuses % on Double")
        }
    }

    private static func floatOperation(_ op: ArithmeticOperator) -> (Float, Float) -> Float {
        switch op {
        case .add: (+)
        case .subtract: (-)
        case .multiply: (*)
        case .divide: (/)
        case .remainder: preconditionFailure("the checker refuses % on Float")
        }
    }

    static func fusedIntegerArithmetic(_ op: ArithmeticOperator, _ left: Operand, _ right: Operand, _ position: SourcePosition) -> Evaluate {
        { frame throws(ScriptFailure) in .int(try integer(op, left.int(frame), right.int(frame), at: position)) }
    }

    static func fusedDoubleArithmetic(_ op: ArithmeticOperator, _ left: Operand, _ right: Operand) -> Evaluate {
        let operation = doubleOperation(op)
        return { frame in .double(operation(left.double(frame), right.double(frame))) }
    }

    static func fusedFloatArithmetic(_ op: ArithmeticOperator, _ left: Operand, _ right: Operand) -> Evaluate {
        let operation = floatOperation(op)
        return { frame in .float(operation(left.float(frame), right.float(frame))) }
    }

    /// `a < b` on Int operands as a plain Bool, for conditions.
    static func fusedTest(_ op: ComparisonOperator, _ a: Operand, _ b: Operand) -> EvaluateBool {
        switch op {
        case .equal: { frame in a.int(frame) == b.int(frame) }
        case .notEqual: { frame in a.int(frame) != b.int(frame) }
        case .less: { frame in a.int(frame) < b.int(frame) }
        case .lessOrEqual: { frame in a.int(frame) <= b.int(frame) }
        case .greater: { frame in a.int(frame) > b.int(frame) }
        case .greaterOrEqual: { frame in a.int(frame) >= b.int(frame) }
        }
    }

    static func fusedComparison(_ op: ComparisonOperator, _ a: Operand, _ b: Operand) -> Evaluate {
        let test = fusedTest(op, a, b)
        return { frame throws(ScriptFailure) in .bool(try test(frame)) }
    }

    /// `x op= operand` on an Int or Double, in place: one closure, no operand calls.
    static func fusedUpdate(_ place: Place, _ op: ArithmeticOperator, _ type: ScriptType, _ operand: Operand, _ position: SourcePosition) -> Execute? {
        guard let current = Operand(place) else { return nil }
        switch type {
        case .int:
            return { frame throws(ScriptFailure) in
                current.write(.int(try integer(op, current.int(frame), operand.int(frame), at: position)), frame)
                return .normal
            }
        case .double:
            let operation = doubleOperation(op)
            return { frame in
                current.write(.double(operation(current.double(frame), operand.double(frame))), frame)
                return .normal
            }
        default:
            return nil
        }
    }

    /// `x op= expression` on a Double variable, the expression giving a plain Double.
    static func fusedDoubleUpdate(_ current: Operand, _ op: ArithmeticOperator, _ value: @escaping EvaluateDouble) -> Execute {
        let operation = doubleOperation(op)
        return { frame throws(ScriptFailure) in
            let operand = try value(frame)
            current.write(.double(operation(current.double(frame), operand)), frame)
            return .normal
        }
    }

    /// `while a < b { … }` on plain Int operands: the test runs inline.
    static func fusedWhileLoop(_ op: ComparisonOperator, _ a: Operand, _ b: Operand, _ body: @escaping Execute, _ position: SourcePosition) -> Execute {
        { frame throws(ScriptFailure) in
            while holds(op, a.int(frame), b.int(frame)) {
                try frame.runtime.tick(at: position)
                if let end = try body(frame).endOfLoop { return end }
            }
            return .normal
        }
    }

    @inline(__always)
    private static func holds(_ op: ComparisonOperator, _ x: Int, _ y: Int) -> Bool {
        switch op {
        case .equal: x == y
        case .notEqual: x != y
        case .less: x < y
        case .lessOrEqual: x <= y
        case .greater: x > y
        case .greaterOrEqual: x >= y
        }
    }

    /// `x op= expression` on an Int: the variable is read and written inline.
    static func fusedUpdate(_ place: Place, _ op: ArithmeticOperator, _ type: ScriptType, _ value: @escaping Evaluate, _ position: SourcePosition) -> Execute? {
        guard type == .int, let current = Operand(place) else { return nil }
        return { frame throws(ScriptFailure) in
            // Read inline: Value's accessors live in another file, which this build never inlines.
            guard case .int(let operand) = try value(frame) else { preconditionFailure("checker: expected Int") }
            current.write(.int(try integer(op, current.int(frame), operand, at: position)), frame)
            return .normal
        }
    }
}

// MARK: Typed expressions

/// Closures giving a plain `Int`, `Double` or `Bool`, so the parts of
/// `n < 2 ? n : fib(n - 1) + fib(n - 2)` need no `Value` between them.
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
                return switch op {
                case .add: { frame throws(ScriptFailure) in
                    let (x, y) = (a.int(frame), b.int(frame))
                    return try checked(x.addingReportingOverflow(y), x, op, y, position)
                }
                case .subtract: { frame throws(ScriptFailure) in
                    let (x, y) = (a.int(frame), b.int(frame))
                    return try checked(x.subtractingReportingOverflow(y), x, op, y, position)
                }
                case .multiply: { frame throws(ScriptFailure) in
                    let (x, y) = (a.int(frame), b.int(frame))
                    return try checked(x.multipliedReportingOverflow(by: y), x, op, y, position)
                }
                case .divide, .remainder: { frame throws(ScriptFailure) in try integer(op, a.int(frame), b.int(frame), at: position) }
                }
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
