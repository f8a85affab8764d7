import SwiftSyntax

/// `xs.reversed()`, `xs.enumerated()` and `zip(xs, ys)`. In Swift these are
/// lazy views (`ReversedCollection`, `EnumeratedSequence`, `Zip2Sequence`),
/// which print unlike arrays; lesson code takes them where they behave as
/// arrays do: as a for-in sequence, as the receiver of a method such as
/// `map`, and in `Array(…)`. Anywhere else they are refused.
extension Lowerer {
    /// The view as an array, nil (unreported) when `syntax` is not a view, or `.some(nil)` when it failed.
    mutating func lowerSequenceView(_ syntax: ExprSyntax) -> Typed?? {
        guard let call = syntax.as(FunctionCallExprSyntax.self), call.trailingClosure == nil else { return .none }
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
        if let range = argument.as(InfixOperatorExprSyntax.self),
           let op = range.operator.as(BinaryOperatorExprSyntax.self)?.operator.text, op == "..<" || op == "..." {
            guard let (lower, upper) = lowerOperands(range.leftOperand, range.rightOperand, context: .int) else { return nil }
            guard lower.type == .int, upper.type == .int else {
                report(Message.rangeOfNonIntegers(lower.type == .int ? upper.type : lower.type), at: argument)
                return nil
            }
            let builtin = op == "..." ? Builtins.closedRangeArray : Builtins.rangeArray
            return Typed(expr: .builtin(builtin, [lower.expr, upper.expr], position(range.operator)), type: .array(.int))
        }
        guard let array = lower(argument) else { return nil }
        guard case .array = array.type else {
            report(Message.notASequence(array.type), at: argument)
            return nil
        }
        return array
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
