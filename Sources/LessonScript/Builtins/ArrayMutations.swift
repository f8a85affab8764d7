/// The mutating methods of arrays. Each changes the array while it is the
/// only reference to its storage (the receiver is emptied first), so an
/// update costs what it costs in Swift, not a copy of the array.
extension Builtins {
    static let arrayMutations: [Method] = [
        mutating("append", { [parameter(nil, $0)] }, result: { _ in .void }) { elements, arguments throws(Builtin.Failure) in
            elements.append(arguments[0])
            return .void
        },
        mutating("insert", { [parameter(nil, $0), parameter("at", .int)] }, result: { _ in .void }) { elements, arguments throws(Builtin.Failure) in
            let index = arguments[1].int
            guard (0...elements.count).contains(index) else {
                throw Builtin.Failure(message: Message.indexOutOfRange(index, count: elements.count))
            }
            elements.insert(arguments[0], at: index)
            return .void
        },
        mutating("remove", { _ in [parameter("at", .int)] }, result: { $0 }) { elements, arguments throws(Builtin.Failure) in
            let index = arguments[0].int
            guard elements.indices.contains(index) else {
                throw Builtin.Failure(message: Message.indexOutOfRange(index, count: elements.count))
            }
            return elements.remove(at: index)
        },
        mutating("removeLast", { _ in [] }, result: { $0 }) { elements, _ throws(Builtin.Failure) in
            guard let last = elements.popLast() else { throw Builtin.Failure(message: Message.removeFromEmpty) }
            return last
        },
        mutating("removeFirst", { _ in [] }, result: { $0 }) { elements, _ throws(Builtin.Failure) in
            guard !elements.isEmpty else { throw Builtin.Failure(message: Message.removeFromEmpty) }
            return elements.removeFirst()
        },
        mutating("removeAll", { _ in [] }, result: { _ in .void }) { elements, _ throws(Builtin.Failure) in
            elements.removeAll()
            return .void
        },
        mutating("swapAt", { _ in [parameter(nil, .int), parameter(nil, .int)] }, result: { _ in .void }) { elements, arguments throws(Builtin.Failure) in
            for index in [arguments[0].int, arguments[1].int] where !elements.indices.contains(index) {
                throw Builtin.Failure(message: Message.indexOutOfRange(index, count: elements.count))
            }
            elements.swapAt(arguments[0].int, arguments[1].int)
            return .void
        },
    ]

    /// A mutating array method: its parameters and result from the element type, and its change.
    private static func mutating(
        _ name: String, _ parameters: @escaping @Sendable (ScriptType) -> [Signature.Parameter], result: @escaping @Sendable (ScriptType) -> ScriptType,
        _ change: @escaping @Sendable (inout [Value], [Value]) throws(Builtin.Failure) -> Value
    ) -> Method {
        Method(name: name, isProperty: false, isMutating: true, signature: { receiver in
            guard case .array(let element) = receiver else { return nil }
            return Signature(parameters: parameters(element), result: result(element))
        }) { receiver, arguments throws(Builtin.Failure) in
            guard case .array(var elements) = receiver else { preconditionFailure("checker: expected an array") }
            receiver = .void
            defer { receiver = .array(elements) }
            return try change(&elements, arguments)
        }
    }
}
