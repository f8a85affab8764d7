import SwiftSyntax

/// Dictionaries: `[String: Int]`, literals, `d[key]` (an optional) and
/// `d[key, default: value]`, updates through both, and iteration over
/// `(key:, value:)` pairs.
extension Lowerer {
    /// `[k: v, …]` and `[:]`: key and value types from the context, else from the entries.
    mutating func lowerDictionary(_ dictionary: DictionaryExprSyntax, context: ScriptType?) -> Typed? {
        var keyType: ScriptType?, valueType: ScriptType?
        if case .dictionary(let key, let value)? = context { (keyType, valueType) = (key, value) }
        guard case .elements(let elements) = dictionary.content else {
            guard let keyType, let valueType else {
                report(Message.emptyDictionaryNeedsType, at: dictionary)
                return nil
            }
            return Typed(expr: .dictionaryLiteral([], position(dictionary)), type: .dictionary(keyType, valueType))
        }
        guard let keys = lowerUniform(elements.map(\.key), type: keyType, at: dictionary),
              let values = lowerUniform(elements.map(\.value), type: valueType, at: dictionary)
        else { return nil }
        guard keys.type.isHashable else {
            report(Message.notHashable(keys.type), at: elements.first!.key)
            return nil
        }
        return Typed(expr: .dictionaryLiteral(Array(zip(keys.exprs, values.exprs)).map { (key: $0, value: $1) }, position(dictionary)),
                     type: .dictionary(keys.type, values.type))
    }

    /// Expressions of one type: `type` when given, else the first non-literal's
    /// type, else the literals' common default type.
    private mutating func lowerUniform(_ syntax: [ExprSyntax], type: ScriptType?, at node: some SyntaxProtocol) -> (exprs: [Expr], type: ScriptType)? {
        var type = type
        if type == nil, let typed = syntax.first(where: { literalKind($0) == nil }).flatMap({ lower($0) }) {
            type = typed.type
        }
        if type == nil {
            type = syntax.compactMap(literalKind).reduce(nil, { ($0 ?? $1).merged(with: $1) })?.type(in: nil)
        }
        guard let type else { return nil }
        var exprs: [Expr] = []
        for element in syntax {
            guard let typed = lower(element, context: type) else { return nil }
            guard typed.type == type else {
                report(Message.heterogeneousArray(type, typed.type), at: element)
                return nil
            }
            exprs.append(typed.expr)
        }
        return (exprs, type)
    }

    /// The key of `d[key]` or `d[key, default: value]`, checked against the dictionary's types.
    mutating func lowerKey(_ subscriptCall: SubscriptCallExprSyntax, key keyType: ScriptType, value valueType: ScriptType) -> (key: Expr, default: Expr?)? {
        let arguments = Array(subscriptCall.arguments)
        guard arguments.count == 1 || arguments.count == 2, arguments[0].label == nil,
              arguments.count == 1 || arguments[1].label?.text == "default"
        else {
            reportUnsupported(subscriptCall)
            return nil
        }
        guard let key = lower(arguments[0].expression, context: keyType) else { return nil }
        guard key.type == keyType else {
            report(Message.cannotConvertArgument(key.type, to: keyType), at: arguments[0].expression)
            return nil
        }
        guard arguments.count == 2 else { return (key.expr, nil) }
        guard let fallback = lower(arguments[1].expression, context: valueType) else { return nil }
        guard fallback.type == valueType else {
            report(Message.cannotConvertArgument(fallback.type, to: valueType), at: arguments[1].expression)
            return nil
        }
        return (key.expr, fallback.expr)
    }

    /// `[String: Int]()` and `[Double]()`: empty collections.
    mutating func lowerEmptyCollection(_ call: FunctionCallExprSyntax, _ type: ScriptType) -> Typed? {
        guard call.arguments.isEmpty, call.trailingClosure == nil else {
            report(Message.unsupported("this initializer; use '[]' or '[:]' with a type annotation"), at: call)
            return nil
        }
        if case .array = type { return Typed(expr: .arrayLiteral([]), type: type) }
        return Typed(expr: .dictionaryLiteral([], position(call)), type: type)
    }
}

/// A dictionary's pairs as an array, for code that takes a sequence.
func pairsType(of type: ScriptType) -> ScriptType? {
    guard case .dictionary(let key, let value) = type else { return nil }
    return .array(.tuple([key, value], labels: ["key", "value"]))
}
