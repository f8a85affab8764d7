import SwiftSyntax

extension Lowerer {
    /// `[a, b, c]`: one element type, taken from the context when there is one,
    /// else from the elements (literals follow the others, as in `[x, 1]`).
    private func isImplicitMemberAccess(_ element: ExprSyntax) -> Bool {
        guard let member = element.as(MemberAccessExprSyntax.self) else { return false }
        return member.base == nil
    }

    mutating func lowerArray(_ array: ArrayExprSyntax, context: ScriptType?) -> Typed? {
        let elements = array.elements.map(\.expression)
        var elementType: ScriptType?
        if case .array(let wanted)? = context {
            elementType = wanted
        } else if case .array(let natural)? = numberArrayLiteralType(array) {
            elementType = natural
        }
        var lowered: [Typed?] = Array(repeating: nil, count: elements.count)
        if elementType == nil {
            // Literals and implicit members (`.pi`) take the type the other elements give.
            for (index, element) in elements.enumerated() where literalKind(element) == nil && !isImplicitMemberAccess(element) {
                lowered[index] = lower(element)
                if elementType == nil { elementType = lowered[index]?.type }
            }
            if elementType == nil {
                guard let kind = elements.compactMap(literalKind).reduce(nil, { ($0 ?? $1).merged(with: $1) }) else {
                    report(Message.emptyArrayNeedsType, at: array)
                    return nil
                }
                elementType = kind.type(in: nil)
            }
        }
        guard let elementType else { return nil }
        var exprs: [Expr] = []
        for (index, element) in elements.enumerated() {
            guard let typed = lowered[index] ?? lower(element, context: elementType) else { return nil }
            guard typed.type == elementType else {
                report(Message.heterogeneousArray(elementType, typed.type), at: element)
                return nil
            }
            exprs.append(typed.expr)
        }
        return Typed(expr: .arrayLiteral(exprs), type: .array(elementType))
    }

    /// `array[index]`, `dictionary[key]` and `dictionary[key, default: value]`.
    mutating func lowerSubscript(_ subscriptCall: SubscriptCallExprSyntax) -> Typed? {
        guard let base = lower(subscriptCall.calledExpression) else { return nil }
        if case .dictionary(let keyType, let valueType) = base.type {
            guard let (key, fallback) = lowerKey(subscriptCall, key: keyType, value: valueType) else { return nil }
            return Typed(expr: .lookup(base.expr, key: key, default: fallback), type: fallback == nil ? .optional(valueType) : valueType)
        }
        guard let index = lowerIndex(subscriptCall) else { return nil }
        guard case .array(let element) = base.type else {
            report(Message.notSubscriptable(base.type), at: subscriptCall.calledExpression)
            return nil
        }
        return Typed(expr: .element(base.expr, index: index, position(subscriptCall.leftSquare)), type: element)
    }

    /// The one Int index of a subscript.
    mutating func lowerIndex(_ subscriptCall: SubscriptCallExprSyntax) -> Expr? {
        guard subscriptCall.arguments.count == 1, let argument = subscriptCall.arguments.first, argument.label == nil else {
            reportUnsupported(subscriptCall)
            return nil
        }
        guard let index = lower(argument.expression, context: .int) else { return nil }
        guard index.type == .int else {
            report(Message.indexType(index.type), at: argument.expression)
            return nil
        }
        return index.expr
    }

    /// A variable that may be assigned to, reported when unknown or a `let`.
    mutating func mutableVariable(_ reference: DeclReferenceExprSyntax) -> Variable? {
        let name = reference.baseName.text
        guard let variable = resolveVariable(name, at: reference) else {
            reportUnknownName(name, at: reference)
            return nil
        }
        guard variable.isMutable else {
            report(Message.immutable(name), at: reference)
            return nil
        }
        return variable
    }

    /// `Array(repeating: x, count: n)` and `[T](repeating: x, count: n)`.
    mutating func lowerRepeatingArray(_ call: FunctionCallExprSyntax, elementType declared: ScriptType?) -> Typed? {
        let arguments = Array(call.arguments)
        guard arguments.count == 2, arguments[0].label?.text == "repeating", arguments[1].label?.text == "count" else {
            report(Message.unsupported("this array initializer; use Array(repeating:count:)"), at: call)
            return nil
        }
        guard let value = lower(arguments[0].expression, context: declared), let count = lower(arguments[1].expression, context: .int) else { return nil }
        if let declared, value.type != declared {
            report(Message.cannotConvertArgument(value.type, to: declared), at: arguments[0].expression)
            return nil
        }
        guard count.type == .int else {
            report(Message.cannotConvertArgument(count.type, to: .int), at: arguments[1].expression)
            return nil
        }
        let builtin = Builtins.repeating
        return Typed(expr: .builtin(builtin, [value.expr, count.expr], position(call)), type: .array(value.type))
    }
}

extension Lowerer {
    /// `(a, b)` and `(x: a, y: b)`; elements take their types from a tuple
    /// context, and an unlabeled literal takes the context's labels, as in
    /// `return (low, high)` from a function returning `(min: Int, max: Int)`.
    mutating func lowerTuple(_ tuple: TupleExprSyntax, context: ScriptType?) -> Typed? {
        var contexts: [ScriptType?] = Array(repeating: nil, count: tuple.elements.count)
        var labels = tuple.elements.map { $0.label?.text }
        if case .tuple(let types, let wanted)? = context, types.count == tuple.elements.count {
            contexts = types
            if labels.allSatisfy({ $0 == nil }) { labels = wanted }
        }
        var exprs: [Expr] = [], types: [ScriptType] = []
        for (element, elementContext) in zip(tuple.elements, contexts) {
            guard let typed = lower(element.expression, context: elementContext) else { return nil }
            exprs.append(typed.expr)
            types.append(typed.type)
        }
        return Typed(expr: .tupleLiteral(exprs, labels: labels), type: .tuple(types, labels: labels))
    }
}
