extension Compiler {
    static func compile(_ expr: Expr) -> Evaluate {
        switch expr {
        case .constant(let value):
            return { _ in value }
        case .load(.local(let slot)):
            return { frame in frame.slots[slot] }
        case .load(.global(let slot)):
            return { frame in frame.runtime.globals[slot] }
        case .load(.captured(let depth, let slot)):
            return { frame in frame.ancestor(depth).slots[slot] }
        case .closure(let function):
            return { frame in .closure(Closure(function: function, captured: frame, runtime: frame.runtime)) }
        case .callValue(let callee, let arguments, let position):
            let callee = compile(callee), arguments = arguments.map(compile)
            return { frame throws(ScriptFailure) in
                guard case .closure(let closure) = try callee(frame) else { preconditionFailure("checker: expected a function") }
                var values: [Value] = []
                for argument in arguments { values.append(try argument(frame)) }
                return try invoke(closure, values, from: frame, position)
            }
        case .higherOrder(let kind, let array, let initial, let function, let spreadsTuple, let position):
            return higherOrder(kind, compile(array), initial.map(compile), compile(function), spreadsTuple: spreadsTuple, position)
        case .negate(let operand, let type, let position):
            return negate(compile(operand), type, position)
        case .not(let operand):
            let operand = compile(operand)
            return { frame throws(ScriptFailure) in .bool(!(try operand(frame).bool)) }
        case .arithmetic(let op, .int, let left, let right, let position):
            if let a = Operand(left), let b = Operand(right) { return fusedIntegerArithmetic(op, a, b, position) }
            let value = compileInt(expr)
            return { frame throws(ScriptFailure) in .int(try value(frame)) }
        case .arithmetic(let op, .float, let left, let right, _):
            if let a = Operand(left), let b = Operand(right) { return fusedFloatArithmetic(op, a, b) }
            return floatArithmetic(op, compile(left), compile(right))
        case .arithmetic(let op, _, let left, let right, _):
            if let a = Operand(left), let b = Operand(right) { return fusedDoubleArithmetic(op, a, b) }
            let value = compileDouble(expr)
            return { frame throws(ScriptFailure) in .double(try value(frame)) }
        case .concatenate(let left, let right, let position):
            let left = compile(left), right = compile(right)
            return { frame throws(ScriptFailure) in
                let text = try left(frame).string + right(frame).string
                return .string(try frame.runtime.checkSize(of: text, at: position))
            }
        case .comparison(let op, let type, let left, let right):
            return comparison(op, type, left, right)
        case .and(let left, let right):
            let left = compile(left), right = compile(right)
            return { frame throws(ScriptFailure) in .bool(try left(frame).bool ? try right(frame).bool : false) }
        case .or(let left, let right):
            let left = compile(left), right = compile(right)
            return { frame throws(ScriptFailure) in .bool(try left(frame).bool ? true : try right(frame).bool) }
        case .conditional(let condition, let then, let otherwise):
            let condition = compileBool(condition), then = compile(then), otherwise = compile(otherwise)
            return { frame throws(ScriptFailure) in try condition(frame) ? try then(frame) : try otherwise(frame) }
        case .interpolation(let parts, let position):
            let parts = parts.map(compile)
            return { frame throws(ScriptFailure) in
                var text = ""
                for part in parts { text += try part(frame).description }
                return .string(try frame.runtime.checkSize(of: text, at: position))
            }
        case .call(let function, let arguments, let position) where arguments.count == 1:
            return call(function, compile(arguments[0]), position)
        case .call(let function, let arguments, let position):
            return call(function, arguments.map(compile), position)
        case .builtin(let builtin, let arguments, let position):
            return callBuiltin(builtin, arguments.map(compile), position)
        case .arrayLiteral(let elements):
            return arrayLiteral(elements.map(compile))
        case .dictionaryLiteral(let entries, let position):
            return dictionaryLiteral(entries.map { (key: compile($0.key), value: compile($0.value)) }, position)
        case .lookup(let base, let key, let fallback):
            return lookup(compile(base), compile(key), fallback.map(compile))
        case .pairs(let dictionary):
            let dictionary = compile(dictionary)
            return { frame throws(ScriptFailure) in
                guard case .dictionary(let value) = try dictionary(frame) else { preconditionFailure("checker: expected a dictionary") }
                return .array(value.pairs)
            }
        case .tupleLiteral(let elements, let labels):
            let elements = elements.map(compile)
            return { frame throws(ScriptFailure) in
                var values: [Value] = []
                for element in elements { values.append(try element(frame)) }
                return .tuple(values, labels: labels)
            }
        case .wrap(let value):
            let value = compile(value)
            return { frame throws(ScriptFailure) in .some(try value(frame)) }
        case .forceUnwrap(let optional, let position):
            let optional = compile(optional)
            return { frame throws(ScriptFailure) in
                guard case .some(let value) = try optional(frame) else { throw ScriptFailure(Message.unwrappedNil, at: position) }
                return value
            }
        case .optionalChain(let base, let place, let rest, let wrapsResult):
            let base = compile(base), rest = compile(rest)
            return { frame throws(ScriptFailure) in
                guard case .some(let value) = try base(frame) else { return .none }
                put(value, place, frame)
                let result = try rest(frame)
                return wrapsResult ? .some(result) : result
            }
        case .coalesce(let optional, let fallback):
            let optional = compile(optional), fallback = compile(fallback)
            return { frame throws(ScriptFailure) in
                let value = try optional(frame)
                if case .some(let wrapped) = value { return wrapped }
                return try fallback(frame)
            }
        case .bindSome(let place, let optional):
            let optional = compile(optional)
            return { frame throws(ScriptFailure) in
                guard case .some(let value) = try optional(frame) else { return .bool(false) }
                spread(value, over: [place], frame)
                return .bool(true)
            }
        case .member(let base, let index):
            let base = compile(base)
            return { frame throws(ScriptFailure) in
                switch try base(frame) {
                case .tuple(let values, _): values[index]
                case .structure(let value): value.fields[index]
                default: preconditionFailure("checker: expected a tuple or a struct")
                }
            }
        case .construct(let layout, let fields):
            let fields = fields.map(compile)
            return { frame throws(ScriptFailure) in
                var values: [Value] = []
                values.reserveCapacity(fields.count)
                for field in fields { values.append(try field(frame)) }
                return .structure(StructValue(layout: layout, fields: values))
            }
        case .methodCall(let function, let receiver, let arguments, let position):
            return methodCall(function, compile(receiver), arguments.map(compile), position)
        case .mutatingCall(let function, let target, let arguments, let position):
            return mutatingCall(function, compile(target), arguments.map(compile), position)
        case .enumerated(let array):
            let array = compile(array)
            return { frame throws(ScriptFailure) in
                .array(try array(frame).array.enumerated().map { .tuple([.int($0.offset), $0.element], labels: ["offset", "element"]) })
            }
        case .zipped(let first, let second):
            let first = compile(first), second = compile(second)
            return { frame throws(ScriptFailure) in
                .array(Swift.zip(try first(frame).array, try second(frame).array).map { .tuple([$0, $1], labels: [nil, nil]) })
            }
        case .element(let base, let index, let position):
            return element(compile(base), compile(index), position)
        case .method(let method, let receiver, let arguments, let position):
            return callMethod(method, compile(receiver), arguments.map(compile), position)
        case .mutatingMethod(let method, let target, let arguments, let position):
            return callMutatingMethod(method, compile(target), arguments.map(compile), position)
        }
    }

    private static func callBuiltin(_ builtin: Builtin, _ arguments: [Evaluate], _ position: SourcePosition) -> Evaluate {
        if let calling = builtin.calling {
            return { frame throws(ScriptFailure) in
                var values: [Value] = []
                for argument in arguments { values.append(try argument(frame)) }
                let result = try calling(Caller(frame: frame, position: position), values)
                try frame.runtime.checkMemory(at: position)
                return result
            }
        }
        if let unary = builtin.unary {
            let argument = arguments[0]
            return { frame throws(ScriptFailure) in
                let value = try argument(frame)
                let result: Value
                do throws(Builtin.Failure) {
                    result = try unary(value)
                } catch {
                    throw ScriptFailure(error.message, at: position)
                }
                try frame.runtime.checkMemory(at: position)
                return result
            }
        }
        return { frame throws(ScriptFailure) in
            var values: [Value] = []
            values.reserveCapacity(arguments.count)
            for argument in arguments { values.append(try argument(frame)) }
            let result: Value
            do throws(Builtin.Failure) {
                result = try builtin.body(frame.runtime, values)
            } catch {
                throw ScriptFailure(error.message, at: position)
            }
            try frame.runtime.checkMemory(at: position)
            return result
        }
    }

    private static func negate(_ operand: @escaping Evaluate, _ type: ScriptType, _ position: SourcePosition) -> Evaluate {
        if type == .float {
            return { frame throws(ScriptFailure) in .float(-(try operand(frame).float)) }
        }
        guard type == .int else {
            return { frame throws(ScriptFailure) in .double(-(try operand(frame).double)) }
        }
        return { frame throws(ScriptFailure) in
            let value = try operand(frame).int
            guard value != .min else { throw ScriptFailure(Message.negationOverflow(value), at: position) }
            return .int(-value)
        }
    }

    private static func comparison(_ op: ComparisonOperator, _ type: ScriptType, _ left: Expr, _ right: Expr) -> Evaluate {
        if type == .int, let a = Operand(left), let b = Operand(right) {
            return fusedComparison(op, a, b)
        }
        let left = compile(left), right = compile(right)
        return switch type {
        case .int: ordered(op, left, right) { $0.int }
        case .double: ordered(op, left, right) { $0.double }
        case .float: ordered(op, left, right) { $0.float }
        case .string, .character: ordered(op, left, right) { $0.string }
        case .bool, .array, .dictionary, .tuple, .optional, .function, .tensor, .object, .structure, .void: equality(op, left, right)
        }
    }

    /// One closure per operator, with the payload read inlined.
    @inline(__always)
    private static func ordered<T: Comparable>(
        _ op: ComparisonOperator, _ left: @escaping Evaluate, _ right: @escaping Evaluate, _ payload: @escaping (Value) -> T
    ) -> Evaluate {
        switch op {
        case .equal: { frame throws(ScriptFailure) in .bool(payload(try left(frame)) == payload(try right(frame))) }
        case .notEqual: { frame throws(ScriptFailure) in .bool(payload(try left(frame)) != payload(try right(frame))) }
        case .less: { frame throws(ScriptFailure) in .bool(payload(try left(frame)) < payload(try right(frame))) }
        case .lessOrEqual: { frame throws(ScriptFailure) in .bool(payload(try left(frame)) <= payload(try right(frame))) }
        case .greater: { frame throws(ScriptFailure) in .bool(payload(try left(frame)) > payload(try right(frame))) }
        case .greaterOrEqual: { frame throws(ScriptFailure) in .bool(payload(try left(frame)) >= payload(try right(frame))) }
        }
    }

    private static func equality(_ op: ComparisonOperator, _ left: @escaping Evaluate, _ right: @escaping Evaluate) -> Evaluate {
        let isEqual = op == .equal
        return { frame throws(ScriptFailure) in .bool((try left(frame) == right(frame)) == isEqual) }
    }
}
