/// The compact form lesson code is lowered to once: names resolved to slots,
/// overloads to functions, literals to their types. Every node's type was
/// checked while lowering, so nothing here is looked up by name again.

/// Where a variable lives: a slot in the running frame or in the session.
enum Place: Hashable {
    case local(Int)
    case global(Int)
    /// A local of an enclosing function or block, reached by a closure: `depth`
    /// frames up the chain of captured frames.
    case captured(depth: Int, slot: Int)
}

enum ArithmeticOperator: String, CaseIterable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
}

enum ComparisonOperator: String, CaseIterable {
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
}

indirect enum Expr {
    case constant(Value)
    case load(Place)
    /// Numeric negation; Int negation can overflow.
    case negate(Expr, ScriptType, SourcePosition)
    case not(Expr)
    /// Arithmetic on two operands of one numeric type.
    case arithmetic(ArithmeticOperator, ScriptType, Expr, Expr, SourcePosition)
    /// String `+`; strings have a size ceiling, like tensors.
    case concatenate(Expr, Expr, SourcePosition)
    case comparison(ComparisonOperator, ScriptType, Expr, Expr)
    case and(Expr, Expr)
    case or(Expr, Expr)
    case conditional(Expr, Expr, Expr)
    /// A string built from parts, each shown by its `description`.
    case interpolation([Expr], SourcePosition)
    case call(ScriptFunction, [Expr], SourcePosition)
    /// A closure value made from a function, capturing the running frame.
    case closure(ScriptFunction)
    /// Calling a value of function type.
    case callValue(Expr, [Expr], SourcePosition)
    /// `map`, `filter`, `reduce`, `sorted(by:)` … of an array with a closure.
    /// With `spreadsTuple`, each tuple element is passed as the function's arguments.
    case higherOrder(HigherOrder, array: Expr, initial: Expr?, function: Expr, spreadsTuple: Bool, SourcePosition)
    case builtin(Builtin, [Expr], SourcePosition)
    case arrayLiteral([Expr])
    /// `[key: value, …]`; a key given twice is an error, as in Swift.
    case dictionaryLiteral([(key: Expr, value: Expr)], SourcePosition)
    /// `dictionary[key]` (an optional), or `dictionary[key, default: value]`.
    case lookup(Expr, key: Expr, default: Expr?)
    /// A dictionary's `(key:, value:)` pairs, as for-in and `map` see them.
    case pairs(Expr)
    case tupleLiteral([Expr], labels: [String?])
    /// A value where an optional is wanted: `.some(value)`.
    case wrap(Expr)
    /// `value!`, which fails on nil.
    case forceUnwrap(Expr, SourcePosition)
    /// `base?.rest`: nil when the base is nil, else the rest (which reads the
    /// unwrapped base from `place`) as an optional.
    case optionalChain(Expr, Place, Expr, wrapsResult: Bool)
    /// `value ?? fallback`; the fallback runs only for nil.
    case coalesce(Expr, Expr)
    /// The test of `if let x = value`: true and x bound when the value is not nil.
    case bindSome(Place, Expr)
    /// A tuple's element or a struct's stored property, by index.
    case member(Expr, Int)
    /// A struct value from its stored properties' values, in declaration order.
    case construct(StructLayout, [Expr])
    /// `xs.enumerated()` and `zip(xs, ys)` as arrays of pairs, for `for (a, b) in …`.
    case enumerated(Expr)
    case zipped(Expr, Expr)
    /// `array[index]`, which fails outside the array.
    case element(Expr, index: Expr, SourcePosition)
    /// A method or property of a value; a mutating one works on the variable in place.
    case method(Method, receiver: Expr, [Expr], SourcePosition)
    case mutatingMethod(Method, LValue, [Expr], SourcePosition)
    /// A struct's method: the receiver is the method's `self`.
    case methodCall(ScriptFunction, receiver: Expr, [Expr], SourcePosition)
    /// A `mutating` method: `self` is copied in and written back, as Swift's `inout`.
    case mutatingCall(ScriptFunction, LValue, [Expr], SourcePosition)
}

/// A part of a variable that can be changed in place: `w[i]`, `p.x`, `layers[0].weights[j]`.
struct LValue {
    enum Access {
        /// An array element, which fails outside the array.
        case index(Expr, SourcePosition)
        /// A tuple element or a struct's stored property.
        case member(Int)
        /// A dictionary's value for a key: an optional, where nil removes the
        /// key, or with a default, the value itself.
        case key(Expr, default: Expr?)
    }

    var root: Place
    var path: [Access] = []
}

/// What an element assignment does: `a[i] = v`, or `a[i] op= v` (with the operator's position).
enum ElementUpdate {
    case set(Expr)
    case combine(ArithmeticOperator, ScriptType, Expr, SourcePosition)
}

indirect enum Stmt {
    case evaluate(Expr)
    /// The block's trailing expression, whose value the lesson shows.
    case display(Expr, ScriptType)
    case assign(Place, Expr)
    /// `a[i].x = value` (or `+=` …): indices are evaluated once, in order.
    case assignPath(LValue, ElementUpdate)
    case ifElse(Expr, [Stmt], [Stmt])
    /// `do { … }`: statements in a scope of their own.
    case block([Stmt])
    case whileLoop(Expr, [Stmt], SourcePosition)
    case repeatLoop([Stmt], Expr, SourcePosition)
    /// `for variable in lower..<upper` (or `...` when `isClosed`).
    case forRange(Place, lower: Expr, upper: Expr, isClosed: Bool, body: [Stmt], SourcePosition)
    /// `for element in array`: the loop runs over a copy, as in Swift. With
    /// more than one place, each element is a tuple spread over them (nil for `_`).
    case forEach([Place?], Expr, body: [Stmt], SourcePosition)
    /// `for x in stride(from:to:by:)` (or `through:`), over Int or Double.
    case forStride(Place, from: Expr, to: Expr, by: Expr, isInclusive: Bool, ScriptType, body: [Stmt], SourcePosition)
    /// `let (a, b) = tuple`: each element into its place (nil for `_`).
    case destructure([Place?], Expr)
    /// `switch`: the first case with a matching pattern runs; `break` leaves the switch.
    case switchOn(Expr, ScriptType, cases: [SwitchCase], defaultBody: [Stmt]?)
    case breakLoop
    case continueLoop
    case returnValue(Expr?)
}

/// The array methods that call a function for their elements.
enum HigherOrder: String, CaseIterable {
    case map, flatMap, compactMap, filter, reduce, sorted, contains, first, allSatisfy, forEach, min, max
}

/// One `case` of a switch: any of its items selects its body.
struct SwitchCase {
    indirect enum Pattern {
        /// Equal to the value.
        case value(Expr)
        /// Within `lower...upper` (or `..<`), as Swift's `~=` on ranges; a
        /// missing bound is a one-sided range (`..<0`, `10...`).
        case range(lower: Expr?, upper: Expr?, isClosed: Bool)
        /// `let x`: matches anything, binding it.
        case bind(Place)
        /// `_`: matches anything.
        case wildcard
        /// `(p, q)`: each element matches its pattern.
        case tuple([Pattern])
    }

    struct Item {
        var pattern: Pattern
        /// A `where` clause, tested after the pattern matched (and bound).
        var condition: Expr?
    }

    var items: [Item]
    var body: [Stmt]
}

/// A function's compiled body, giving the returned value. A class with a
/// constant closure, so a call reaches the closure without retaining it.
final class CompiledBody {
    let run: Evaluate

    init(_ run: @escaping Evaluate) {
        self.run = run
    }
}

/// A function declared in lesson code. A class, because calls refer to it
/// before its body is lowered (recursion, calls to functions declared later).
final class ScriptFunction {
    let name: String
    /// Settled when declared; a closure's result type may be learned from its body.
    var signature: Signature
    var frameSize = 0
    var body: [Stmt] = []
    /// Default values of the parameters, by index, lowered where declared.
    var defaults: [Int: Expr] = [:]
    /// The body as the evaluator runs it, compiled once before the first call.
    var compiled = CompiledBody { _ in .void }
    /// A struct's `mutating` method, whose `self` (slot 0) is written back.
    var isMutating = false
    /// For a closure: constants made new in each loop iteration that it
    /// captures, copied from the creating frame's slot into its own slot when
    /// the closure is made, so each closure keeps its iteration's value.
    var snapshots: [(from: Int, to: Int)] = []

    init(name: String, signature: Signature) {
        self.name = name
        self.signature = signature
    }
}
