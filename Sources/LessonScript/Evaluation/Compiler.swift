/// Turns IR into nested Swift closures once, so running code does no
/// dispatch on node kinds and no lookups: each closure knows its slots,
/// types and callees.
enum Compiler {
    static func compile(_ statements: [Stmt]) -> Execute {
        compile(statements[...])
    }

    /// A statement and the rest, each captured directly: closures kept in an
    /// array would be called through a conversion thunk.
    private static func compile(_ statements: ArraySlice<Stmt>) -> Execute {
        guard let head = statements.first else { return { _ in .normal } }
        let first = compile(head)
        guard statements.count > 1 else { return first }
        let rest = compile(statements.dropFirst())
        return { frame throws(ScriptFailure) in
            let flow = try first(frame)
            guard case .normal = flow else { return flow }
            return try rest(frame)
        }
    }

    static func compile(_ function: ScriptFunction) {
        // A body that is one `return` gives its value directly, without going through the frame.
        if function.body.count == 1, case .returnValue(let expr?) = function.body[0] {
            function.compiled = CompiledBody(compileValue(expr, function.signature.result))
            return
        }
        let body = compile(function.body)
        function.compiled = CompiledBody { frame throws(ScriptFailure) in
            _ = try body(frame)
            defer { frame.returned = .void }
            return frame.returned
        }
    }

    private static func compile(_ statement: Stmt) -> Execute {
        switch statement {
        case .evaluate(let expr):
            let value = compile(expr)
            return { frame throws(ScriptFailure) in
                _ = try value(frame)
                return .normal
            }
        case .display(let expr, let type):
            let value = compile(expr)
            return { frame throws(ScriptFailure) in
                frame.runtime.displayed = (try value(frame), type)
                return .normal
            }
        case .assign(let place, .arithmetic(let op, let type, .load(let target), let operand, let position))
            where target == place && type.isNumeric:
            let fused = Operand(operand).flatMap { fusedUpdate(place, op, type, $0, position) }
            if fused == nil, type == .double, let current = Operand(place) {
                return fusedDoubleUpdate(current, op, compileDouble(operand))
            }
            return fused ?? fusedUpdate(place, op, type, compile(operand), position)
                ?? assign(place, compile(.arithmetic(op, type, .load(target), operand, position)))
        case .assign(let place, let expr):
            return assign(place, compile(expr))
        case .block(let statements):
            return compile(statements)
        case .ifElse(let condition, let body, let otherwise):
            let condition = compile(condition), body = compile(body), otherwise = compile(otherwise)
            return { frame throws(ScriptFailure) in
                try condition(frame).bool ? try body(frame) : try otherwise(frame)
            }
        case .whileLoop(.comparison(let op, .int, let left, let right), let body, let position)
            where Operand(left) != nil && Operand(right) != nil:
            return fusedWhileLoop(op, Operand(left)!, Operand(right)!, compile(body), position)
        case .whileLoop(let condition, let body, let position):
            return whileLoop(compile(condition), compile(body), position)
        case .repeatLoop(let body, let condition, let position):
            return repeatLoop(compile(body), compile(condition), position)
        case .forRange(let place, let lower, let upper, let isClosed, let body, let position):
            return forRange(place, compile(lower), compile(upper), isClosed, compile(body), position)
        case .assignPath(let target, let update):
            return assignPath(compile(target), update)
        case .forEach(let places, let sequence, let body, let position):
            return forEach(places, compile(sequence), compile(body), position)
        case .forStride(let place, let from, let to, let by, let isInclusive, let type, let body, let position):
            return forStride(place, compile(from), compile(to), compile(by), isInclusive, type, compile(body), position)
        case .destructure(let places, let tuple):
            let tuple = compile(tuple)
            return { frame throws(ScriptFailure) in
                spread(try tuple(frame), over: places, frame)
                return .normal
            }
        case .switchOn(let subject, let type, let cases, let defaultBody):
            return switchOn(compile(subject), type, cases, defaultBody.map(compile))
        case .breakLoop:
            return { _ in .breakLoop }
        case .continueLoop:
            return { _ in .continueLoop }
        case .returnValue(let expr):
            guard let expr else { return { _ in .returned } }
            let value = compile(expr)
            return { frame throws(ScriptFailure) in
                frame.returned = try value(frame)
                return .returned
            }
        }
    }

    /// An expression of a known type, its parts passing plain numbers when it is an Int or a Double.
    private static func compileValue(_ expr: Expr, _ type: ScriptType) -> Evaluate {
        switch type {
        case .int:
            let value = compileInt(expr)
            return { frame throws(ScriptFailure) in .int(try value(frame)) }
        case .double:
            let value = compileDouble(expr)
            return { frame throws(ScriptFailure) in .double(try value(frame)) }
        default:
            return compile(expr)
        }
    }

    private static func assign(_ place: Place, _ value: @escaping Evaluate) -> Execute {
        switch place {
        case .local(let slot):
            return { frame throws(ScriptFailure) in
                frame.slots[slot] = try value(frame)
                return .normal
            }
        case .global(let slot):
            return { frame throws(ScriptFailure) in
                frame.runtime.globals[slot] = try value(frame)
                return .normal
            }
        case .captured(let depth, let slot):
            return { frame throws(ScriptFailure) in
                let new = try value(frame)
                frame.ancestor(depth).slots[slot] = new
                return .normal
            }
        }
    }

    /// Runs the first case with a matching item, else the default; a `break`
    /// inside leaves the switch, anything else (continue, return) goes on out.
    private static func switchOn(_ subject: @escaping Evaluate, _ type: ScriptType, _ cases: [SwitchCase], _ defaultBody: Execute?) -> Execute {
        let compiled = cases.map { switchCase in
            (items: switchCase.items.map { (matches: matcher($0.pattern), condition: $0.condition.map(compile)) }, body: compile(switchCase.body))
        }
        return { frame throws(ScriptFailure) in
            let value = try subject(frame)
            var body = defaultBody
            search: for candidate in compiled {
                for item in candidate.items where try item.matches(value, frame) {
                    guard try item.condition?(frame).bool ?? true else { continue }
                    body = candidate.body
                    break search
                }
            }
            guard let body else { return .normal }
            let flow = try body(frame)
            if case .breakLoop = flow { return .normal }
            return flow
        }
    }

    /// Whether a value matches a case pattern (binding what it binds): equality,
    /// containment in a range, or element by element for a tuple.
    private static func matcher(_ pattern: SwitchCase.Pattern) -> (Value, Frame) throws(ScriptFailure) -> Bool {
        switch pattern {
        case .value(let expr):
            let expected = compile(expr)
            return { value, frame throws(ScriptFailure) in try expected(frame) == value }
        case .range(let lower, let upper, let isClosed):
            let lower = lower.map(compile), upper = upper.map(compile)
            return { value, frame throws(ScriptFailure) in
                if let lower, Value.isOrderedBefore(value, try lower(frame)) { return false }
                guard let upper else { return true }
                let bound = try upper(frame)
                return Value.isOrderedBefore(value, bound) || (isClosed && value == bound)
            }
        case .bind(let place):
            return { value, frame in
                put(value, place, frame)
                return true
            }
        case .wildcard:
            return { _, _ in true }
        case .tuple(let patterns):
            let elements = patterns.map(matcher)
            return { value, frame throws(ScriptFailure) in
                guard case .tuple(let values, _) = value else { preconditionFailure("checker: expected a tuple") }
                for (matches, element) in zip(elements, values) where !(try matches(element, frame)) { return false }
                return true
            }
        }
    }

    private static func whileLoop(_ condition: @escaping Evaluate, _ body: @escaping Execute, _ position: SourcePosition) -> Execute {
        { frame throws(ScriptFailure) in
            while try condition(frame).bool {
                try frame.runtime.tick(at: position)
                if let end = try body(frame).endOfLoop { return end }
            }
            return .normal
        }
    }

    private static func repeatLoop(_ body: @escaping Execute, _ condition: @escaping Evaluate, _ position: SourcePosition) -> Execute {
        { frame throws(ScriptFailure) in
            repeat {
                try frame.runtime.tick(at: position)
                if let end = try body(frame).endOfLoop { return end }
            } while try condition(frame).bool
            return .normal
        }
    }

    private static func forRange(
        _ place: Place, _ lower: @escaping Evaluate, _ upper: @escaping Evaluate, _ isClosed: Bool,
        _ body: @escaping Execute, _ position: SourcePosition
    ) -> Execute {
        guard case .local(let slot) = place else { preconditionFailure("loop variables are locals") }
        return { frame throws(ScriptFailure) in
            let start = try lower(frame).int, end = try upper(frame).int
            guard start <= end else { throw ScriptFailure(Message.invalidRange, at: position) }
            // A closed range ends one past its upper bound; stepping by hand avoids overflow at Int.max.
            var index = start
            while isClosed ? index <= end : index < end {
                try frame.runtime.tick(at: position)
                frame.slots[slot] = .int(index)
                if let end = try body(frame).endOfLoop { return end }
                if index == end { break }
                index += 1
            }
            return .normal
        }
    }
}
