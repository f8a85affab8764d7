import SwiftSyntax

extension Lowerer {
    /// `xs.map { … }`, `flatMap`, `compactMap`, `filter`, `reduce(initial) { … }` (or `reduce(0, +)`),
    /// `sorted(by:)`, `contains(where:)`, `first(where:)`, `allSatisfy`, `forEach`.
    /// Returns nil, without reporting, when the call is not one of these forms
    /// (`contains(3)` and `sorted()` are plain methods).
    /// A `map` whose result the context fixes (`let ys: [Double] = xs.map { _ in 0 }`) gives its closure that result type.
    mutating func lowerHigherOrder(_ call: FunctionCallExprSyntax, _ member: MemberAccessExprSyntax, _ receiver: Typed, context: ScriptType? = nil) -> Typed?? {
        var receiver = receiver
        if let pairs = pairsType(of: receiver.type), let kind = HigherOrder(rawValue: member.declName.baseName.text) {
            // A dictionary's filter returns a dictionary in Swift, which this form would not.
            guard kind != .filter else {
                report(Message.dictionaryFilter, at: member.declName)
                return .some(nil)
            }
            receiver = Typed(expr: .pairs(receiver.expr), type: pairs)
        }
        if receiver.type == .string, let kind = HigherOrder(rawValue: member.declName.baseName.text) {
            // A string is a collection of characters; its filter gives a String in Swift, which this form would not.
            guard kind != .filter else {
                report(Message.unsupported("String.filter"), at: member.declName)
                return .some(nil)
            }
            receiver = characters(of: receiver, at: member)
        }
        guard let kind = HigherOrder(rawValue: member.declName.baseName.text), case .array(let element) = receiver.type else { return .none }
        var arguments = call.arguments.map { ($0.label?.text, $0.expression) }
        if let trailing = call.trailingClosure { arguments.append((nil, ExprSyntax(trailing))) }
        let expectedLabels: [String?] = switch kind {
        case .contains, .first, .allSatisfy: [kind == .allSatisfy ? nil : "where"]
        case .sorted, .min, .max: ["by"]
        case .reduce: [nil, nil]
        case .map, .flatMap, .compactMap, .filter, .forEach: [nil]
        }
        let labels = arguments.map(\.0)
        let closureLabelMatches = labels.count == expectedLabels.count
            && (labels.dropLast() == expectedLabels.dropLast()) && (labels.last == expectedLabels.last || call.trailingClosure != nil)
        guard closureLabelMatches else { return .none }

        let at = position(member.declName)
        var initial: Typed?
        if kind == .reduce {
            // A literal start takes the elements' type when it can, as Swift infers `reduce(0, +)` over Doubles.
            let startContext = literalKind(arguments[0].1).flatMap { $0.type(in: element) == element ? element : nil }
            guard let start = lower(arguments[0].1, context: startContext) else { return .some(nil) }
            initial = start
        }
        let functionSyntax = arguments[arguments.count - 1].1
        var parameters: [ScriptType] = switch kind {
        case .sorted, .min, .max: [element, element]
        case .reduce: [initial!.type, element]
        default: [element]
        }
        // A closure of n parameters over tuples of n elements takes them spread, as in `zip(a, b).map { $0 * $1 }`.
        let spreadsTuple = if parameters.count == 1, case .tuple(let elements, _) = element, elements.count > 1,
                              let closure = functionSyntax.as(ClosureExprSyntax.self), closureParameterCount(closure) == elements.count { true } else { false }
        if spreadsTuple, case .tuple(let elements, _) = element { parameters = elements }
        let wantedResult: ScriptType? = switch kind {
        case .map: if case .array(let result)? = context { result } else { nil }
        case .flatMap: if case .array? = context { context } else { nil }
        case .compactMap: if case .array(let result)? = context { .optional(result) } else { nil }
        case .reduce: initial!.type
        case .forEach: .void
        default: .bool
        }
        guard let function = lowerFunctionArgument(functionSyntax, parameters: parameters, result: wantedResult) else { return .some(nil) }
        guard case .function(_, let result) = function.type else { return .some(nil) }
        let givesArrays = if case .array = result { true } else { false }
        if kind == .flatMap, !givesArrays {
            report(Message.flatMapNeedsArray(result), at: functionSyntax)
            return .some(nil)
        }
        // A compactMap whose closure never gives nil keeps every result: a map.
        let compacts = if kind == .compactMap, case .optional = result { true } else { false }
        let type: ScriptType = switch kind {
        case .map: .array(result)
        case .flatMap: result
        case .compactMap: if case .optional(let wrapped) = result { .array(wrapped) } else { .array(result) }
        case .filter, .sorted: receiver.type
        case .reduce: initial!.type
        case .contains, .allSatisfy: .bool
        case .first, .min, .max: .optional(element)
        case .forEach: .void
        }
        let evaluated = kind == .compactMap && !compacts ? HigherOrder.map : kind
        return .some(Typed(expr: .higherOrder(evaluated, array: receiver.expr, initial: initial?.expr, function: function.expr, spreadsTuple: spreadsTuple, at), type: type))
    }

    /// A function argument: a closure typed by the parameters (and result, when
    /// known), a function's name, or an operator as in `reduce(0, +)` and `sorted(by: >)`.
    private mutating func lowerFunctionArgument(_ syntax: ExprSyntax, parameters: [ScriptType], result: ScriptType?) -> Typed? {
        if let op = syntax.as(DeclReferenceExprSyntax.self)?.baseName.text, let comparison = ComparisonOperator(rawValue: op),
           parameters.count == 2, parameters[0] == parameters[1], parameters[0].isOrdered, result == .bool {
            let function = ScriptFunction(name: op, signature: Signature(
                parameters: parameters.map { .init(label: nil, type: .exactly($0)) }, result: .bool))
            function.body = [.returnValue(.comparison(comparison, parameters[0], .load(.local(0)), .load(.local(1))))]
            function.frameSize = 2
            closures.append(function)
            return Typed(expr: .closure(function), type: .function(parameters, .bool))
        }
        if let op = syntax.as(DeclReferenceExprSyntax.self)?.baseName.text, let arithmetic = ArithmeticOperator(rawValue: op),
           parameters.count == 2, parameters[0] == parameters[1], parameters[0].isNumeric {
            let type = parameters[0]
            let function = ScriptFunction(name: op, signature: Signature(
                parameters: parameters.map { .init(label: nil, type: .exactly($0)) }, result: type))
            function.body = [.returnValue(.arithmetic(arithmetic, type, .load(.local(0)), .load(.local(1)), position(syntax)))]
            function.frameSize = 2
            closures.append(function)
            return Typed(expr: .closure(function), type: .function(parameters, type))
        }
        let wanted = ScriptType.function(parameters, result ?? .void)
        let lowered = if let closure = syntax.as(ClosureExprSyntax.self) {
            lowerClosure(closure, context: wanted, resultFromBody: result == nil)
        } else {
            lower(syntax, context: wanted)
        }
        guard let function = lowered else { return nil }
        guard case .function(let actual, let actualResult) = function.type, actual == parameters, result == nil || actualResult == result else {
            report(Message.cannotConvertArgument(function.type, to: wanted), at: syntax)
            return nil
        }
        return function
    }
}
