import SwiftSyntax

/// Swift gives a literal the type its context asks for: in `let x: Double = 7 / 2`
/// both literals are Doubles and x is 3.5; in `x * 2` with x a Double, 2 is a
/// Double. The lowering finds expressions made only of literals, types the
/// rest first, and then gives the literals the type they meet.
enum LiteralKind {
    case integer, float

    func merged(with other: LiteralKind) -> LiteralKind {
        self == .float || other == .float ? .float : .integer
    }

    /// The type a literal of this kind takes in a context: an integer literal
    /// becomes a Double or Float where one is wanted, a float literal a Float
    /// where one is wanted; otherwise the defaults, Int and Double.
    func type(in context: ScriptType?) -> ScriptType {
        switch self {
        case .integer: context == .tensor ? .float : context?.isFloatingPoint == true ? context! : .int
        case .float: context == .float || context == .tensor ? .float : .double
        }
    }
}

/// The literal kind of an expression built only from numeric literals
/// (through parentheses, signs, arithmetic and `?:`), or nil.
func literalKind(_ expr: ExprSyntax) -> LiteralKind? {
    switch expr.as(ExprSyntaxEnum.self) {
    case .integerLiteralExpr:
        return .integer
    case .floatLiteralExpr:
        return .float
    case .tupleExpr(let tuple):
        guard tuple.elements.count == 1, let only = tuple.elements.first, only.label == nil else { return nil }
        return literalKind(only.expression)
    case .prefixOperatorExpr(let prefix):
        return ["-", "+"].contains(prefix.operator.text) ? literalKind(prefix.expression) : nil
    case .infixOperatorExpr(let infix):
        guard let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text,
              ArithmeticOperator(rawValue: op) != nil,
              let left = literalKind(infix.leftOperand), let right = literalKind(infix.rightOperand)
        else { return nil }
        return left.merged(with: right)
    case .ternaryExpr(let ternary):
        guard let then = literalKind(ternary.thenExpression), let otherwise = literalKind(ternary.elseExpression) else { return nil }
        return then.merged(with: otherwise)
    default:
        return nil
    }
}
