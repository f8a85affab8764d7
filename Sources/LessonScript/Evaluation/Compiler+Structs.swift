/// Calls of a struct's methods: the receiver is the callee's slot 0, its
/// `self`; a `mutating` method's `self` is written back to the receiver's
/// place when the call returns, as Swift's `inout`.
extension Compiler {
    static func methodCall(_ function: ScriptFunction, _ receiver: @escaping Evaluate, _ arguments: [Evaluate], _ position: SourcePosition) -> Evaluate {
        { frame throws(ScriptFailure) in
            let value = try receiver(frame)
            return try enter(function, frame.runtime, position) { callee throws(ScriptFailure) in
                callee.slots[0] = value
                for index in arguments.indices { callee.slots[index + 1] = try arguments[index](frame) }
            }
        }
    }

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
