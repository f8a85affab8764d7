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

/// The literal kind of an array literal (nested or not) whose innermost elements are all number literals
/// (empty arrays inside it, as in `[[1.5], []]`, take any kind).
func arrayLiteralKind(_ array: ArrayExprSyntax) -> LiteralKind? {
    var kind: LiteralKind?
    for element in array.elements {
        if let inner = element.expression.as(ArrayExprSyntax.self), inner.elements.isEmpty { continue }
        let elementKind = element.expression.as(ArrayExprSyntax.self).map(arrayLiteralKind) ?? literalKind(element.expression)
        guard let elementKind else { return nil }
        kind = kind?.merged(with: elementKind) ?? elementKind
    }
    return kind
}

/// How deeply an array literal nests, judged by its first elements.
func arrayLiteralDepth(_ array: ArrayExprSyntax) -> Int {
    guard let first = array.elements.first?.expression.as(ArrayExprSyntax.self) else { return 1 }
    return 1 + arrayLiteralDepth(first)
}

/// The type Swift gives a nested array literal of numbers on its own: `[[4.0, 9], [5, 6]]`
/// is `[[Double]]`, every literal taking the kind of the most general one. Nil
/// unless every innermost element is a number literal at the same depth.
func numberArrayLiteralType(_ array: ArrayExprSyntax) -> ScriptType? {
    func isRegular(_ array: ArrayExprSyntax, depth: Int) -> Bool {
        array.elements.allSatisfy { element in
            if let inner = element.expression.as(ArrayExprSyntax.self) {
                return depth > 1 && (inner.elements.isEmpty || isRegular(inner, depth: depth - 1))
            }
            return depth == 1
        }
    }
    let depth = arrayLiteralDepth(array)
    guard !array.elements.isEmpty, isRegular(array, depth: depth), let kind = arrayLiteralKind(array) else { return nil }
    return (0..<depth).reduce(kind.type(in: nil)) { element, _ in .array(element) }
}
