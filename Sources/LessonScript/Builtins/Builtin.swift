import Tensors

/// A function the language provides with no import.
struct Builtin: Sendable {
    /// A builtin's failure; the evaluator places it at the call.
    struct Failure: Error {
        var message: String
    }

    typealias Body = @Sendable (Runtime, [Value]) throws(Failure) -> Value

    let name: String
    let signature: Signature
    /// Values of defaulted parameters, by parameter index.
    let defaults: [Int: Value]
    /// Receives the arguments in parameter order, a variadic parameter's values in its place.
    let body: Body
    /// The same function for builtins of one argument, called without building an argument array.
    let unary: (@Sendable (Value) throws(Failure) -> Value)?
    /// For builtins that call function values of lesson code (a classifier to
    /// plot): the body, given a way to make those calls; `body` is unused.
    let calling: (@Sendable (Caller, [Value]) throws(ScriptFailure) -> Value)?
    /// Whether a call never returns (`fatalError`): code after it need not return a value.
    let neverReturns: Bool

    init(_ name: String, _ parameters: [Signature.Parameter], _ result: ScriptType, defaults: [Int: Value] = [:], body: @escaping Body) {
        self.name = name
        self.signature = Signature(parameters: parameters, result: result)
        self.defaults = defaults
        self.body = body
        self.unary = nil
        self.calling = nil
        self.neverReturns = false
    }

    /// A builtin that calls function values it is given; its failures carry their own places.
    init(calling name: String, _ parameters: [Signature.Parameter], _ result: ScriptType, defaults: [Int: Value] = [:],
         neverReturns: Bool = false, body calling: @escaping @Sendable (Caller, [Value]) throws(ScriptFailure) -> Value) {
        self.name = name
        self.signature = Signature(parameters: parameters, result: result)
        self.defaults = defaults
        self.body = { _, _ in .void }
        self.unary = nil
        self.calling = calling
        self.neverReturns = neverReturns
    }

    /// A builtin of one argument.
    init(_ name: String, _ parameter: ScriptType, _ result: ScriptType, unary: @escaping @Sendable (Value) throws(Failure) -> Value) {
        self.name = name
        self.signature = Signature(parameters: [.init(label: nil, type: .exactly(parameter))], result: result)
        self.defaults = [:]
        self.body = { _, arguments throws(Failure) in try unary(arguments[0]) }
        self.unary = unary
        self.calling = nil
        self.neverReturns = false
    }

    /// A one-argument Double function such as `exp`.
    static func math(_ name: String, _ function: @escaping @Sendable (Double) -> Double) -> Builtin {
        Builtin(name, .double, .double) { .double(function($0.double)) }
    }

    /// A one-argument Float function such as `exp`.
    static func mathFloat(_ name: String, _ function: @escaping @Sendable (Float) -> Float) -> Builtin {
        Builtin(name, .float, .float) { .float(function($0.float)) }
    }

    /// A two-argument function over one type, such as `max` for Int.
    static func binary(_ name: String, _ type: ScriptType, _ function: @escaping @Sendable (Value, Value) -> Value) -> Builtin {
        let parameter = Signature.Parameter(label: nil, type: .exactly(type))
        return Builtin(name, [parameter, parameter], type) { _, arguments in
            function(arguments[0], arguments[1])
        }
    }
}

/// What a builtin needs to call a function value of lesson code: the frame
/// and the place of the builtin's call, where a failure inside is reported
/// if the function's own code has no place of its own.
struct Caller {
    let frame: Frame
    let position: SourcePosition

    var runtime: Runtime { frame.runtime }

    func call(_ function: Value, _ arguments: [Value]) throws(ScriptFailure) -> Value {
        guard case .closure(let closure) = function else { preconditionFailure("checker: expected a function") }
        return try Compiler.invoke(closure, arguments, from: frame, position)
    }

    /// A module applied to a tensor: an engine layer's checked forward pass,
    /// or a lesson struct's `callAsFunction`.
    func callModule(_ module: Value, _ input: Tensor) throws(ScriptFailure) -> Tensor {
        if case .structure(let structure) = module, let forward = structure.layout.forward {
            return try Compiler.enter(forward, from: frame, position) { callee in
                callee.slots[0] = module
                callee.slots[1] = .wrap(input)
            }.tensor
        }
        do throws(TensorError) {
            return try module.module.forward(input)
        } catch {
            throw failure(error.message)
        }
    }

    /// A failure at the builtin's call.
    func failure(_ message: String) -> ScriptFailure {
        ScriptFailure(message, at: position)
    }
}
