/// Arrays are Swift arrays inside `Value`, so they are values with
/// copy-on-write. To update one in place, the evaluator moves it out of its
/// slot (leaving `.void`), changes it while it is uniquely referenced, and
/// puts it back, even when the update fails.
extension Compiler {
    static func arrayLiteral(_ elements: [Evaluate]) -> Evaluate {
        { frame throws(ScriptFailure) in
            var values: [Value] = []
            values.reserveCapacity(elements.count)
            for element in elements { values.append(try element(frame)) }
            return .array(values)
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
            do throws(Builtin.Failure) {
                return try method.body(&value, values)
            } catch {
                throw ScriptFailure(error.message, at: position)
            }
        }
    }

    static func callMutatingMethod(_ method: Method, _ place: Place, _ arguments: [Evaluate], _ position: SourcePosition) -> Evaluate {
        { frame throws(ScriptFailure) in
            let values = try evaluateAll(arguments, frame)
            var value = take(place, frame)
            defer { put(value, place, frame) }
            do throws(Builtin.Failure) {
                return try method.body(&value, values)
            } catch {
                throw ScriptFailure(error.message, at: position)
            }
        }
    }

    static func assignElement(_ place: Place, _ indices: [Evaluate], _ update: ElementUpdate, _ position: SourcePosition) -> Execute {
        let combine: (Value, Value) throws(ScriptFailure) -> Value
        let newValue: Evaluate
        switch update {
        case .set(let value):
            newValue = compile(value)
            combine = { _, new in new }
        case .combine(let op, let type, let value, let opPosition):
            newValue = compile(value)
            combine = { current, new throws(ScriptFailure) in try arithmetic(op, type, current, new, at: opPosition) }
        }
        return { frame throws(ScriptFailure) in
            var path: [Int] = []
            for index in indices { path.append(try index(frame).int) }
            // The right side runs before the array leaves its slot: it may read the array.
            let new = try newValue(frame)
            var root = take(place, frame)
            defer { put(root, place, frame) }
            try modify(&root, path[...], position) { element throws(ScriptFailure) in element = try combine(element, new) }
            return .normal
        }
    }

    /// Applies `change` to the element at `path` inside nested arrays.
    private static func modify(
        _ value: inout Value, _ path: ArraySlice<Int>, _ position: SourcePosition,
        _ change: (inout Value) throws(ScriptFailure) -> Void
    ) throws(ScriptFailure) {
        guard case .array(var elements) = value, let index = path.first else { return try change(&value) }
        value = .void
        defer { value = .array(elements) }
        guard elements.indices.contains(index) else {
            throw ScriptFailure(Message.indexOutOfRange(index, count: elements.count), at: position)
        }
        try modify(&elements[index], path.dropFirst(), position, change)
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

    /// `stride(from:to:by:)` and `stride(from:through:by:)`. As in Swift, a
    /// Double stride computes from + k·by rather than adding up steps, and the
    /// `through` end is included only when reached exactly.
    static func forStride(
        _ place: Place, _ from: @escaping Evaluate, _ to: @escaping Evaluate, _ by: @escaping Evaluate,
        _ isInclusive: Bool, _ type: ScriptType, _ body: @escaping Execute, _ position: SourcePosition
    ) -> Execute {
        { frame throws(ScriptFailure) in
            let (start, end, step) = (try from(frame), try to(frame), try by(frame))
            var k = 0
            while true {
                let value: Value
                let isPast: Bool
                if type == .int {
                    let s = step.int
                    guard s != 0 else { throw ScriptFailure(Message.zeroStride, at: position) }
                    let (offset, o1) = s.multipliedReportingOverflow(by: k)
                    let (current, o2) = start.int.addingReportingOverflow(offset)
                    if o1 || o2 { break }
                    isPast = s > 0 ? (isInclusive ? current > end.int : current >= end.int) : (isInclusive ? current < end.int : current <= end.int)
                    value = .int(current)
                } else {
                    let s = step.double
                    guard s != 0 else { throw ScriptFailure(Message.zeroStride, at: position) }
                    let current = start.double + Double(k) * s
                    isPast = s > 0 ? (isInclusive ? current > end.double : current >= end.double) : (isInclusive ? current < end.double : current <= end.double)
                    value = .double(current)
                }
                if isPast { break }
                try frame.runtime.tick(at: position)
                put(value, place, frame)
                if let end = try body(frame).endOfLoop { return end }
                k += 1
            }
            return .normal
        }
    }

    private static func take(_ place: Place, _ frame: Frame) -> Value {
        switch place {
        case .local(let slot):
            defer { frame.slots[slot] = .void }
            return frame.slots[slot]
        case .global(let slot):
            defer { frame.runtime.globals[slot] = .void }
            return frame.runtime.globals[slot]
        case .captured(let depth, let slot):
            let owner = frame.ancestor(depth)
            defer { owner.slots[slot] = .void }
            return owner.slots[slot]
        }
    }

    private static func put(_ value: Value, _ place: Place, _ frame: Frame) {
        switch place {
        case .local(let slot): frame.slots[slot] = value
        case .global(let slot): frame.runtime.globals[slot] = value
        case .captured(let depth, let slot): frame.ancestor(depth).slots[slot] = value
        }
    }
}
