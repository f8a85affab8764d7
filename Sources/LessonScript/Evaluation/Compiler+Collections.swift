/// Arrays are Swift arrays inside `Value`, so they are values with
/// copy-on-write (in-place updates are in `Compiler+Targets.swift`).
extension Compiler {
    static func arrayLiteral(_ elements: [Evaluate]) -> Evaluate {
        { frame throws(ScriptFailure) in
            var values: [Value] = []
            values.reserveCapacity(elements.count)
            for element in elements { values.append(try element(frame)) }
            return .array(values)
        }
    }

    static func dictionaryLiteral(_ entries: [(key: Evaluate, value: Evaluate)], _ position: SourcePosition) -> Evaluate {
        { frame throws(ScriptFailure) in
            var dictionary = DictionaryValue()
            for entry in entries {
                let key = try entry.key(frame)
                guard dictionary[key] == nil else { throw ScriptFailure(Message.duplicateKey(key.nestedDescription), at: position) }
                dictionary[key] = try entry.value(frame)
            }
            return .dictionary(dictionary)
        }
    }

    static func lookup(_ base: @escaping Evaluate, _ key: @escaping Evaluate, _ fallback: Evaluate?) -> Evaluate {
        { frame throws(ScriptFailure) in
            guard case .dictionary(let dictionary) = try base(frame) else { preconditionFailure("checker: expected a dictionary") }
            let value = dictionary[try key(frame)]
            guard let fallback else { return value.map(Value.some) ?? .none }
            if let value { return value }
            return try fallback(frame)
        }
    }

    static func element(_ base: @escaping Evaluate, _ index: @escaping Evaluate, _ position: SourcePosition) -> Evaluate {
        { frame throws(ScriptFailure) in
            let elements = try base(frame).array
            let i = try index(frame).int
            guard elements.indices.contains(i) else {
                throw ScriptFailure(Message.indexOutOfRange(i, count: elements.count), at: position)
            }
            return elements[i]
        }
    }

    static func callMethod(_ method: Method, _ receiver: @escaping Evaluate, _ arguments: [Evaluate], _ position: SourcePosition) -> Evaluate {
        { frame throws(ScriptFailure) in
            var value = try receiver(frame)
            let values = try evaluateAll(arguments, frame)
            let result: Value
            do throws(Builtin.Failure) {
                result = try method.body(&value, values)
            } catch {
                throw ScriptFailure(error.message, at: position)
            }
            try frame.runtime.checkMemory(at: position)
            return result
        }
    }

    static func forEach(_ places: [Place?], _ sequence: @escaping Evaluate, _ body: @escaping Execute, _ position: SourcePosition) -> Execute {
        { frame throws(ScriptFailure) in
            for element in try sequence(frame).array {
                try frame.runtime.tick(at: position)
                spread(element, over: places, frame)
                if let end = try body(frame).endOfLoop { return end }
            }
            return .normal
        }
    }

    private static func evaluateAll(_ arguments: [Evaluate], _ frame: Frame) throws(ScriptFailure) -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(arguments.count)
        for argument in arguments { values.append(try argument(frame)) }
        return values
    }

    /// Stores a value into one place, or a tuple's elements into several (nil skips one).
    static func spread(_ value: Value, over places: [Place?], _ frame: Frame) {
        guard places.count > 1 else {
            if let place = places.first, let place { put(value, place, frame) }
            return
        }
        guard case .tuple(let elements, _) = value else { preconditionFailure("checker: expected a tuple") }
        for (element, place) in zip(elements, places) {
            if let place { put(element, place, frame) }
        }
    }

    /// `for x in stride(from:to:by:)` (or `through:`).
    static func forStride(
        _ place: Place, _ from: @escaping Evaluate, _ to: @escaping Evaluate, _ by: @escaping Evaluate,
        _ isInclusive: Bool, _ type: ScriptType, _ body: @escaping Execute, _ position: SourcePosition
    ) -> Execute {
        { frame throws(ScriptFailure) in
            var stride = StrideIterator(from: try from(frame), to: try to(frame), by: try by(frame), isInclusive: isInclusive)
            while true {
                let next: Value?
                do throws(Builtin.Failure) { next = try stride.next() } catch { throw ScriptFailure(error.message, at: position) }
                guard let value = next else { break }
                try frame.runtime.tick(at: position)
                put(value, place, frame)
                if let end = try body(frame).endOfLoop { return end }
            }
            return .normal
        }
    }
}
