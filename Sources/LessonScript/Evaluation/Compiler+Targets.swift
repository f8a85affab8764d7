/// Updates in place: `w[i] += x`, `p.x = 1`, `xs.append(x)`, a mutating
/// method. Arrays and structs are values with copy-on-write, so the evaluator
/// moves the variable's value out of its slot (leaving `.void`), changes it
/// while it is uniquely referenced, and puts it back, even when the update fails.
extension Compiler {
    /// A target with its index expressions compiled.
    struct Target {
        enum Access {
            case index(Evaluate, SourcePosition)
            case member(Int)
            case key(Evaluate, default: Evaluate?)
        }

        let root: Place
        let path: [Access]
    }

    /// A target's access with its index evaluated.
    private enum Step {
        case index(Int, SourcePosition)
        case member(Int)
        case key(Value, default: Value?)
    }

    static func compile(_ target: LValue) -> Target {
        Target(root: target.root, path: target.path.map { access in
            switch access {
            case .index(let index, let position): .index(compile(index), position)
            case .member(let index): .member(index)
            case .key(let key, let fallback): .key(compile(key), default: fallback.map(compile))
            }
        })
    }

    static func assignPath(_ target: Target, _ update: ElementUpdate) -> Execute {
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
            let steps = try evaluate(target.path, frame)
            // The right side runs before the value leaves its slot: it may read it.
            let new = try newValue(frame)
            try mutate(target.root, steps, frame, isExclusive: true) { element throws(ScriptFailure) in element = try combine(element, new) }
            return .normal
        }
    }

    static func callMutatingMethod(_ method: Method, _ target: Target, _ arguments: [Evaluate], _ position: SourcePosition) -> Evaluate {
        { frame throws(ScriptFailure) in
            let steps = try evaluate(target.path, frame)
            var values: [Value] = []
            for argument in arguments { values.append(try argument(frame)) }
            var result = Value.void
            try mutate(target.root, steps, frame, isExclusive: true) { value throws(ScriptFailure) in
                do throws(Builtin.Failure) {
                    result = try method.body(&value, values)
                } catch {
                    throw ScriptFailure(error.message, at: position)
                }
            }
            return result
        }
    }

    /// Changes the value at a target's path. When the change runs lesson code
    /// that might read the variable (a mutating method), the value is not
    /// moved out unless it is a local no closure can reach (`isExclusive`
    /// false): the code then reads the value as it was, where Swift would
    /// stop on overlapping access, instead of finding it gone.
    static func mutate(
        _ target: Target, _ frame: Frame, isExclusive: Bool, _ change: (inout Value) throws(ScriptFailure) -> Void
    ) throws(ScriptFailure) {
        try mutate(target.root, try evaluate(target.path, frame), frame, isExclusive: isExclusive, change)
    }

    private static func mutate(
        _ root: Place, _ steps: [Step], _ frame: Frame, isExclusive: Bool, _ change: (inout Value) throws(ScriptFailure) -> Void
    ) throws(ScriptFailure) {
        let canMove = if case .local = root { isExclusive || !frame.isCaptured } else { isExclusive }
        var value = canMove ? take(root, frame) : read(root, frame)
        defer { put(value, root, frame) }
        try modify(&value, steps[...], change)
    }

    private static func evaluate(_ path: [Target.Access], _ frame: Frame) throws(ScriptFailure) -> [Step] {
        var steps: [Step] = []
        steps.reserveCapacity(path.count)
        for access in path {
            switch access {
            case .index(let index, let position): steps.append(.index(try index(frame).int, position))
            case .member(let index): steps.append(.member(index))
            case .key(let key, let fallback): steps.append(.key(try key(frame), default: try fallback?(frame)))
            }
        }
        return steps
    }

    /// Applies `change` to the part of `value` at `steps`, inside nested arrays, tuples and structs.
    private static func modify(
        _ value: inout Value, _ steps: ArraySlice<Step>, _ change: (inout Value) throws(ScriptFailure) -> Void
    ) throws(ScriptFailure) {
        guard let step = steps.first else { return try change(&value) }
        let rest = steps.dropFirst()
        switch (step, value) {
        case (.index(let index, let position), .array(var elements)):
            value = .void
            defer { value = .array(elements) }
            guard elements.indices.contains(index) else {
                throw ScriptFailure(Message.indexOutOfRange(index, count: elements.count), at: position)
            }
            try modify(&elements[index], rest, change)
        case (.member(let index), .structure(var structure)):
            value = .void
            defer { value = .structure(structure) }
            try modify(&structure.fields[index], rest, change)
        case (.member(let index), .tuple(var elements, let labels)):
            value = .void
            defer { value = .tuple(elements, labels: labels) }
            try modify(&elements[index], rest, change)
        case (.key(let key, let fallback?), .dictionary(var dictionary)):
            value = .void
            defer { value = .dictionary(dictionary) }
            try dictionary.modifyValue(forKey: key, default: fallback) { element throws(ScriptFailure) in try modify(&element, rest, change) }
        case (.key(let key, nil), .dictionary(var dictionary)):
            // Without a default the value is an optional: nil removes the key.
            value = .void
            defer { value = .dictionary(dictionary) }
            var element = dictionary[key].map(Value.some) ?? .none
            try modify(&element, rest, change)
            if case .some(let new) = element { dictionary[key] = new } else { dictionary[key] = nil }
        default:
            preconditionFailure("checker: a target's path fits its value")
        }
    }

    static func read(_ place: Place, _ frame: Frame) -> Value {
        switch place {
        case .local(let slot): frame.slots[slot]
        case .global(let slot): frame.runtime.globals[slot]
        case .captured(let depth, let slot): frame.ancestor(depth).slots[slot]
        }
    }

    static func take(_ place: Place, _ frame: Frame) -> Value {
        defer { put(.void, place, frame) }
        return read(place, frame)
    }

    static func put(_ value: Value, _ place: Place, _ frame: Frame) {
        switch place {
        case .local(let slot): frame.slots[slot] = value
        case .global(let slot): frame.runtime.globals[slot] = value
        case .captured(let depth, let slot): frame.ancestor(depth).slots[slot] = value
        }
    }
}
