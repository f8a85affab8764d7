import SwiftSyntax

/// `xs.reversed()`, `xs.enumerated()` and `zip(xs, ys)`. In Swift these are
/// lazy views (`ReversedCollection`, `EnumeratedSequence`, `Zip2Sequence`),
/// which print unlike arrays; lesson code takes them where they behave as
/// arrays do: as a for-in sequence, as the receiver of a method such as
/// `map`, and in `Array(…)`. Anywhere else they are refused.
extension Lowerer {
    /// The view as an array, nil (unreported) when `syntax` is not a view, or `.some(nil)` when it failed.
    mutating func lowerSequenceView(_ syntax: ExprSyntax) -> Typed?? {
        if let range = rangeSyntax(syntax) { return .some(lowerRangeArray(range)) }
        if let member = syntax.as(MemberAccessExprSyntax.self), member.declName.baseName.text == "indices", let base = member.base {
            guard let array = lower(base) else { return .some(nil) }
            guard case .array = array.type, let count = Builtins.methods["count"]?.first(where: { $0.signature(array.type) != nil }) else {
                report(Message.noMember(array.type, "indices"), at: member.declName)
                return .some(nil)
            }
            let at = position(member.declName)
            return Typed(expr: .builtin(Builtins.rangeArray, [.constant(.int(0)), .method(count, receiver: array.expr, [], at)], at), type: .array(.int))
        }
        guard let call = syntax.as(FunctionCallExprSyntax.self), call.trailingClosure == nil else { return .none }
        if call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text == "stride", lookupVariable("stride") == nil {
            guard let stride = lowerStrideArguments(call) else { return .some(nil) }
            let builtin = stride.isInclusive ? Builtins.strideThroughArray : Builtins.strideToArray
            return Typed(expr: .builtin(builtin, stride.bounds, position(call)), type: .array(stride.type))
        }
        if let member = call.calledExpression.as(MemberAccessExprSyntax.self), let base = member.base, call.arguments.isEmpty,
           let view = SequenceView(rawValue: member.declName.baseName.text) {
            guard let array = lower(base) else { return .some(nil) }
            guard case .array(let element) = array.type else {
                report(Message.noMember(array.type, view.rawValue), at: member.declName)
                return .some(nil)
            }
            return switch view {
            case .reversed: Typed(expr: .builtin(Builtins.reversedArray, [array.expr], position(call)), type: array.type)
            case .enumerated: Typed(expr: .enumerated(array.expr), type: .array(.tuple([.int, element], labels: ["offset", "element"])))
            }
        }
        guard call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text == "zip", lookupVariable("zip") == nil,
              call.arguments.count == 2, call.arguments.allSatisfy({ $0.label == nil })
        else { return .none }
        let arguments = Array(call.arguments)
        guard let first = lower(arguments[0].expression), let second = lower(arguments[1].expression) else { return .some(nil) }
        guard case .array(let a) = first.type, case .array(let b) = second.type else {
            report(Message.notASequence(first.type), at: call)
            return .some(nil)
        }
        return Typed(expr: .zipped(first.expr, second.expr), type: .array(.tuple([a, b], labels: [nil, nil])))
    }

    /// `Array(view)`, `Array(xs)` and `Array(lower..<upper)`: an array of the elements.
    mutating func lowerArrayConversion(_ argument: ExprSyntax) -> Typed? {
        if let view = lowerSequenceView(argument) { return view }
        guard let lowered = lower(argument) else { return nil }
        let array = characters(of: lowered, at: argument)
        guard case .array = array.type else {
            report(Message.notASequence(array.type), at: argument)
            return nil
        }
        return array
    }
}

extension Lowerer {
    /// A string seen as the sequence of its characters (`for c in text`, `Array(text)`); anything else as it is.
    func characters(of value: Typed, at node: some SyntaxProtocol) -> Typed {
        guard value.type == .string else { return value }
        return Typed(expr: .builtin(Builtins.characters, [value.expr], position(node)), type: .array(.character))
    }

    /// `a..<b` or `a...b`, also in parentheses.
    private func rangeSyntax(_ syntax: ExprSyntax) -> InfixOperatorExprSyntax? {
        if let tuple = syntax.as(TupleExprSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first, only.label == nil {
            return rangeSyntax(only.expression)
        }
        guard let range = syntax.as(InfixOperatorExprSyntax.self),
              let op = range.operator.as(BinaryOperatorExprSyntax.self)?.operator.text, op == "..<" || op == "..."
        else { return nil }
        return range
    }

    /// An Int range's elements as an array.
    private mutating func lowerRangeArray(_ range: InfixOperatorExprSyntax) -> Typed? {
        guard let (lower, upper) = lowerOperands(range.leftOperand, range.rightOperand, context: .int) else { return nil }
        guard lower.type == .int, upper.type == .int else {
            report(Message.rangeOfNonIntegers(lower.type == .int ? upper.type : lower.type), at: range)
            return nil
        }
        let builtin = range.operator.trimmedDescription == "..." ? Builtins.closedRangeArray : Builtins.rangeArray
        return Typed(expr: .builtin(builtin, [lower.expr, upper.expr], position(range.operator)), type: .array(.int))
    }

    /// `stride(from: a, to: b, by: s)` or `stride(from:through:by:)`: the bounds
    /// and step, which share one type (Int or Double; literals follow the others).
    mutating func lowerStrideArguments(_ call: FunctionCallExprSyntax) -> (bounds: [Expr], type: ScriptType, isInclusive: Bool)? {
        let arguments = Array(call.arguments)
        let labels = arguments.map { $0.label?.text }
        guard labels == ["from", "to", "by"] || labels == ["from", "through", "by"] else {
            report(Message.unsupported("stride with these arguments; use stride(from:to:by:) or stride(from:through:by:)"), at: call)
            return nil
        }
        let expressions = arguments.map(\.expression)
        let natural = expressions.first { literalKind($0) == nil }.flatMap { lower($0)?.type }
            ?? expressions.compactMap(literalKind).reduce(LiteralKind.integer) { $0.merged(with: $1) }.type(in: nil)
        guard natural == .int || natural == .double else {
            report(Message.notASequence(natural), at: call)
            return nil
        }
        var lowered: [Expr] = []
        for expression in expressions {
            guard let value = lower(expression, context: natural) else { return nil }
            guard value.type == natural else {
                report(Message.cannotConvertArgument(value.type, to: natural), at: expression)
                return nil
            }
            lowered.append(value.expr)
        }
        return (lowered, natural, labels[1] == "through")
    }
}

enum SequenceView: String {
    case reversed, enumerated

    /// The Swift type of the view, for the message refusing it as a value.
    var swiftType: String {
        switch self {
        case .reversed: "ReversedCollection"
        case .enumerated: "EnumeratedSequence"
        }
    }
}
