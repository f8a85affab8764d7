/// Calls of lesson functions, closures and struct methods: the interpreter's
/// hottest path (fib(27) makes 600,000 calls), so the whole sequence lives in
/// this one file, where it is inlined; debug builds optimize each file alone.
extension Compiler {
    /// Runs a function in its caller's reusable callee frame, after `setUp` has
    /// stored its arguments (`evaluatesArguments` when that runs their code);
    /// `finish` reads the frame before it is reused (a mutating method's
    /// `self`), also when the call fails. The call counts against the step
    /// budget and the recursion limit. Neither the frame nor the body is
    /// retained for the call: each is owned by something the call cannot
    /// release (the caller's `callee`, the function), and retaining them cost
    /// a third of a call's time.
    @inline(__always)
    static func enter(
        _ function: ScriptFunction, from caller: Frame, _ position: SourcePosition, evaluatesArguments: Bool = false,
        _ setUp: (Frame) throws(ScriptFailure) -> Void, finish: (Frame) -> Void = { _ in }
    ) throws(ScriptFailure) -> Value {
        let runtime = caller.runtime
        // `Runtime.tick`, spelled out here so that it is inlined.
        runtime.steps &+= 1
        if runtime.steps > runtime.limits.steps || runtime.steps & 0xFFFF == 0 { try runtime.checkBudgets(at: position) }
        let depth = runtime.depth
        guard depth < runtime.limits.recursionDepth else {
            throw ScriptFailure(Message.recursionLimit(runtime.limits.recursionDepth), at: position)
        }
        let size = function.frameSize
        prepareCallee(of: caller, size: size)
        runtime.depth = depth + 1
        // `caller.callee` owns the frame; the call uses it without retaining it.
        let frame = Unmanaged.passUnretained(caller.callee.unsafelyUnwrapped)
        do {
            return try frame._withUnsafeGuaranteedRef { callee in
                let result: Value
                do {
                    if evaluatesArguments {
                        // An argument may call from the caller too: meanwhile it gets a frame of
                        // its own, and this one is held here, where it does not count on the caller.
                        let owner = caller.callee
                        caller.callee = nil
                        defer { caller.callee = owner }
                        try setUp(callee)
                    } else {
                        try setUp(callee)
                    }
                    result = try Unmanaged.passUnretained(function.compiled)._withUnsafeGuaranteedRef { body in try body.run(callee) }
                } catch {
                    finish(callee)
                    leave(callee, of: caller, size: size, depth: depth)
                    throw error
                }
                finish(callee)
                leave(callee, of: caller, size: size, depth: depth)
                return result
            }
        } catch {
            throw error as! ScriptFailure
        }
    }

    /// Ends a call: its frame is emptied for the caller's next call. A frame
    /// a closure captured now belongs to the closure; the caller lets it go,
    /// so the two never hold each other.
    @inline(__always)
    private static func leave(_ callee: Frame, of caller: Frame, size: Int, depth: Int) {
        caller.runtime.depth = depth
        guard !callee.isCaptured else {
            caller.callee = nil
            return
        }
        for index in 0..<size { callee.slots[index] = .void }
        callee.parent = nil
    }

    /// Makes `caller.callee` a frame for a call from `caller`: the one its last call used, unless a closure captured it.
    @inline(__always)
    private static func prepareCallee(of caller: Frame, size: Int) {
        if let frame = caller.callee, !frame.isCaptured, frame.capacity >= size { return }
        caller.callee = Frame(size: max(size, 4), runtime: caller.runtime)
    }

    /// A call with one argument, which is held directly rather than in an array.
    static func call(_ function: ScriptFunction, _ argument: @escaping Evaluate, _ position: SourcePosition) -> Evaluate {
        { frame throws(ScriptFailure) in
            let value = try argument(frame)
            return try enter(function, from: frame, position) { $0.slots[0] = value }
        }
    }

    /// A call of one Int argument whose result is read as an Int, in one closure.
    static func intCall(_ function: ScriptFunction, _ argument: @escaping EvaluateInt, _ position: SourcePosition) -> EvaluateInt {
        { frame throws(ScriptFailure) in
            let value = try argument(frame)
            guard case .int(let result) = try enter(function, from: frame, position, { $0.slots[0] = .int(value) }) else {
                preconditionFailure("checker: expected Int")
            }
            return result
        }
    }

    static func call(_ function: ScriptFunction, _ arguments: [Evaluate], _ position: SourcePosition) -> Evaluate {
        { frame throws(ScriptFailure) in
            try enter(function, from: frame, position, evaluatesArguments: true) { callee throws(ScriptFailure) in
                for index in arguments.indices { callee.slots[index] = try arguments[index](frame) }
            }
        }
    }

    /// Calls a closure: its frame's parent is the frame the closure captured.
    static func invoke(_ closure: Closure, _ arguments: [Value], from caller: Frame, _ position: SourcePosition) throws(ScriptFailure) -> Value {
        try enter(closure.function, from: caller, position) { callee in
            callee.parent = closure.captured
            for (index, argument) in arguments.enumerated() { callee.slots[index] = argument }
            for (value, snapshot) in zip(closure.snapshot, closure.function.snapshots) { callee.slots[snapshot.to] = value }
        }
    }

    // MARK: Methods

    /// A struct's method: the receiver is the callee's slot 0, its `self`.
    static func methodCall(_ function: ScriptFunction, _ receiver: @escaping Evaluate, _ arguments: [Evaluate], _ position: SourcePosition) -> Evaluate {
        { frame throws(ScriptFailure) in
            let value = try receiver(frame)
            return try enter(function, from: frame, position, evaluatesArguments: true) { callee throws(ScriptFailure) in
                callee.slots[0] = value
                for index in arguments.indices { callee.slots[index + 1] = try arguments[index](frame) }
            }
        }
    }

    /// A `mutating` method: `self` is written back to the receiver's place
    /// when the call returns, as Swift's `inout`.
    static func mutatingCall(_ function: ScriptFunction, _ target: Target, _ arguments: [Evaluate], _ position: SourcePosition) -> Evaluate {
        { frame throws(ScriptFailure) in
            var values: [Value] = []
            for argument in arguments { values.append(try argument(frame)) }
            var result = Value.void
            try mutate(target, frame, isExclusive: false) { receiver throws(ScriptFailure) in
                // Moved into the callee, so the method changes it in place; it comes back even when the call fails.
                let start = receiver
                receiver = .void
                result = try enter(function, from: frame, position, { callee in
                    callee.slots[0] = start
                    for (index, value) in values.enumerated() { callee.slots[index + 1] = value }
                }, finish: { callee in receiver = callee.slots[0] })
            }
            return result
        }
    }
}
