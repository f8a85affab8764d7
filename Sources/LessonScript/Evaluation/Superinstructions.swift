/// Fused closures for the operations loops spend their time on (`i < n`,
/// `x += 1`, `a * b` on variables and constants): each reads its operands
/// inline instead of through a closure call apiece, saving the call and its
/// retain and release. Operand reads must live in this file: debug builds
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
