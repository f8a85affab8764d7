/// Calls of lesson functions, closures and struct methods: the interpreter's
/// hottest path (fib(27) makes 600,000 calls), so the whole sequence lives in
/// this one file, where it is inlined; debug builds optimize each file alone.
extension Compiler {
    /// Runs a function in the frame of its call depth, after `setUp` has
    /// stored its arguments; `finish` reads the frame before it is reused (a
    /// mutating method's `self`), also when the call fails. The call counts
    /// against the step budget and the recursion limit.
    @inline(__always)
    static func enter(
        _ function: ScriptFunction, _ runtime: Runtime, _ position: SourcePosition, _ setUp: (Frame) throws(ScriptFailure) -> Void,
        finish: (Frame) -> Void = { _ in }
    ) throws(ScriptFailure) -> Value {
        // `Runtime.tick`, spelled out here so that it is inlined.
        runtime.steps &+= 1
        if runtime.steps > runtime.limits.steps || runtime.steps & 0xFFFF == 0 { try runtime.checkBudgets(at: position) }
        let depth = runtime.depth
        guard depth < runtime.limits.recursionDepth else {
            throw ScriptFailure(Message.recursionLimit(runtime.limits.recursionDepth), at: position)
        }
        let size = function.frameSize
        let callee = frame(at: depth, size: size, runtime)
        runtime.depth = depth + 1
        let result: Value
        do {
            try setUp(callee)
            result = try function.compiled(callee)
        } catch {
            finish(callee)
            leave(callee, size: size, depth: depth, runtime)
            throw error
        }
        finish(callee)
        leave(callee, size: size, depth: depth, runtime)
        return result
    }

    /// Ends a call: its frame is emptied for the next call at this depth.
    @inline(__always)
    private static func leave(_ callee: Frame, size: Int, depth: Int, _ runtime: Runtime) {
        runtime.depth = depth
        guard !callee.isCaptured else { return }
        for index in 0..<size { callee.slots[index] = .void }
        callee.parent = nil
    }

    /// The frame for a call at `depth`: the one the last call there used,
    /// unless a closure captured it.
    @inline(__always)
    private static func frame(at depth: Int, size: Int, _ runtime: Runtime) -> Frame {
        if depth < runtime.frames.count {
            let frame = runtime.frames[depth]
            if !frame.isCaptured, frame.capacity >= size { return frame }
        }
        let frame = Frame(size: max(size, 4), runtime: runtime)
        if depth < runtime.frames.count {
            runtime.frames[depth] = frame
        } else {
            runtime.frames.append(frame)
        }
        return frame
    }

    /// A call with one argument, which is held directly rather than in an array.
    static func call(_ function: ScriptFunction, _ argument: @escaping Evaluate, _ position: SourcePosition) -> Evaluate {
        { frame throws(ScriptFailure) in
            let value = try argument(frame)
            return try enter(function, frame.runtime, position) { $0.slots[0] = value }
        }
    }

    /// A call of one Int argument whose result is read as an Int, in one closure.
    static func intCall(_ function: ScriptFunction, _ argument: @escaping EvaluateInt, _ position: SourcePosition) -> EvaluateInt {
        { frame throws(ScriptFailure) in
            let value = try argument(frame)
            guard case .int(let result) = try enter(function, frame.runtime, position, { $0.slots[0] = .int(value) }) else {
                preconditionFailure("checker: expected Int")
            }
            return result
        }
    }

    static func call(_ function: ScriptFunction, _ arguments: [Evaluate], _ position: SourcePosition) -> Evaluate {
        { frame throws(ScriptFailure) in
            try enter(function, frame.runtime, position) { callee throws(ScriptFailure) in
                for index in arguments.indices { callee.slots[index] = try arguments[index](frame) }
            }
        }
    }

    /// Calls a closure: its frame's parent is the frame the closure captured.
    static func invoke(_ closure: Closure, _ arguments: [Value], _ position: SourcePosition) throws(ScriptFailure) -> Value {
        try enter(closure.function, closure.runtime, position) { callee in
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
            return try enter(function, frame.runtime, position) { callee throws(ScriptFailure) in
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
                result = try enter(function, frame.runtime, position, { callee in
                    callee.slots[0] = start
                    for (index, value) in values.enumerated() { callee.slots[index + 1] = value }
                }, finish: { callee in receiver = callee.slots[0] })
            }
            return result
        }
    }
}
