import SwiftSyntax

extension Lowerer {
    /// Lowers an expression; `context` is the type its surroundings expect, which
    /// literals take on, and where an optional is expected a plain value is
    /// wrapped, as Swift does. The caller checks the resulting type.
    mutating func lower(_ expr: ExprSyntax, context: ScriptType? = nil) -> Typed? {
        // A conditional passes the optional on to its branches, so `c ? nil : x` can type its nil.
        guard case .optional(let wrapped)? = context, !expr.is(NilLiteralExprSyntax.self), !expr.is(TernaryExprSyntax.self) else {
            return lowerPlain(expr, context: context)
        }
        guard let typed = lowerPlain(expr, context: wrapped) else { return nil }
        return typed.type == wrapped ? Typed(expr: .wrap(typed.expr), type: .optional(wrapped)) : typed
    }

    private mutating func lowerPlain(_ expr: ExprSyntax, context: ScriptType?) -> Typed? {
        if let chained = optionalChainBase(expr), chainBases[chained.id] == nil {
            return lowerOptionalChain(expr, chained)
        }
        switch expr.as(ExprSyntaxEnum.self) {
        case .optionalChainingExpr(let chained):
            guard let base = chainBases[chained.id] else {
                reportUnsupported(chained)
                return nil
            }
            return base
        case .integerLiteralExpr(let literal):
            return lowerInteger(literal, isNegated: false, context: context)
        case .floatLiteralExpr(let literal):
            if LiteralKind.float.type(in: context) == .float {
                // From the text, so it rounds once, to the nearest Float, as Swift's literal does.
                let value = Float(literal.literal.text.filter { $0 != "_" }) ?? .nan
                return Typed(expr: .constant(.float(value)), type: .float)
            }
            return Typed(expr: .constant(.double(literal.representedLiteralValue ?? .nan)), type: .double)
        case .booleanLiteralExpr(let literal):
            return Typed(expr: .constant(.bool(literal.literal.tokenKind == .keyword(.true))), type: .bool)
        case .stringLiteralExpr(let literal):
            guard context == .character, let value = literal.representedLiteralValue else { return lowerString(literal) }
            guard value.count == 1 else {
                report(Message.notACharacter(value), at: literal)
                return nil
            }
            return Typed(expr: .constant(.string(value)), type: .character)
        case .declReferenceExpr(let reference):
            return lowerReference(reference, context: context)
        case .tupleExpr(let tuple):
            if tuple.elements.count == 1, let only = tuple.elements.first, only.label == nil {
                return lower(only.expression, context: context)
            }
            return lowerTuple(tuple, context: context)
        case .prefixOperatorExpr(let prefix):
            return lowerPrefix(prefix, context: context)
        case .infixOperatorExpr(let infix):
            return lowerInfix(infix, context: context)
        case .ternaryExpr(let ternary):
            return lowerTernary(ternary, context: context)
        case .functionCallExpr(let call):
            return lowerCall(call, context: context)
        case .memberAccessExpr(let member):
            return lowerMember(member, context: context)
        case .arrayExpr(let array):
            return lowerArray(array, context: context)
        case .dictionaryExpr(let dictionary):
            return lowerDictionary(dictionary, context: context)
        case .subscriptCallExpr(let subscriptCall):
            return lowerSubscript(subscriptCall)
        case .closureExpr(let closure):
            return lowerClosure(closure, context: context)
        case .nilLiteralExpr(let literal):
            guard case .optional? = context else {
                report(Message.nilNeedsType, at: literal)
                return nil
            }
            return Typed(expr: .constant(.none), type: context!)
        case .asExpr(let coercion) where coercion.questionOrExclamationMark == nil:
            return lowerCoercion(coercion)
        case .forceUnwrapExpr(let unwrap):
            guard let value = lower(unwrap.expression) else { return nil }
            guard case .optional(let wrapped) = value.type else {
                report(Message.unwrapNonOptional(value.type), at: unwrap.exclamationMark)
                return nil
            }
            return Typed(expr: .forceUnwrap(value.expr, position(unwrap.exclamationMark)), type: wrapped)
        default:
            break
        }
        reportUnsupported(expr)
        return nil
    }

    /// A function or builtin of this name whose parameter and result types
    /// are the ones wanted, as a closure value: `xs.map(sqrt)`.
    private mutating func functionValue(_ name: String, _ parameters: [ScriptType], _ result: ScriptType, at node: some SyntaxProtocol) -> Typed? {
        let wanted = Signature(parameters: parameters.map { .init(label: nil, type: .exactly($0)) }, result: result)
        let callees = globals.functions[name, default: []].map(Callee.function) + Builtins.functions[name, default: []].map(Callee.builtin)
        guard let callee = callees.first(where: {
            $0.signature.result == result && $0.signature.parameters.map(\.type) == wanted.parameters.map(\.type)
                && !$0.signature.parameters.contains(where: \.isVariadic)
        }) else { return nil }
        let arguments = parameters.indices.map { Expr.load(.local($0)) }
        let function = ScriptFunction(name: name, signature: wanted)
        function.body = switch callee {
        case .function(let declared): [.returnValue(.call(declared, arguments, position(node)))]
        case .builtin(let builtin): [.returnValue(.builtin(builtin, arguments, position(node)))]
        case .method: []
        }
        function.frameSize = parameters.count
        closures.append(function)
        return Typed(expr: .closure(function), type: .function(parameters, result))
    }

    /// The outermost `base?` in an expression's chain of members, calls and subscripts.
    private func optionalChainBase(_ expr: ExprSyntax) -> OptionalChainingExprSyntax? {
        var node = expr
        while true {
            if let chained = node.as(OptionalChainingExprSyntax.self) { return node == expr ? nil : chained }
            if let member = node.as(MemberAccessExprSyntax.self), let base = member.base { node = base }
            else if let call = node.as(FunctionCallExprSyntax.self) { node = call.calledExpression }
            else if let subscriptCall = node.as(SubscriptCallExprSyntax.self) { node = subscriptCall.calledExpression }
            else if let unwrap = node.as(ForceUnwrapExprSyntax.self) { node = unwrap.expression }
            else { return nil }
        }
    }

    /// `base?.rest`: the rest runs on the unwrapped base, and the whole is an
    /// optional (not a doubly optional one, as in Swift).
    private mutating func lowerOptionalChain(_ expr: ExprSyntax, _ chained: OptionalChainingExprSyntax) -> Typed? {
        guard let base = lower(chained.expression) else { return nil }
        guard case .optional(let wrapped) = base.type else {
            report(Message.chainOnNonOptional(base.type), at: chained.questionMark)
            return nil
        }
        locals.push()
        let place = locals.declare("?", type: wrapped, isMutable: false).place
        locals.pop()
        chainBases[chained.id] = Typed(expr: .load(place), type: wrapped)
        defer { chainBases[chained.id] = nil }
        guard let rest = lower(expr) else { return nil }
        let isOptional = if case .optional = rest.type { true } else { false }
        return Typed(expr: .optionalChain(base.expr, place, rest.expr, wrapsResult: !isOptional), type: isOptional ? rest.type : .optional(rest.type))
    }

    /// `x as Double`: the type an expression takes, as a literal's or an
    /// optional's; no run-time cast.
    private mutating func lowerCoercion(_ coercion: AsExprSyntax) -> Typed? {
        guard let type = resolveType(coercion.type), let value = lower(coercion.expression, context: type) else { return nil }
        guard value.type == type else {
            report(Message.cannotCoerce(value.type, to: type), at: coercion.expression)
            return nil
        }
        return value
    }

    private mutating func lowerInteger(_ literal: IntegerLiteralExprSyntax, isNegated: Bool, context: ScriptType?) -> Typed? {
        let text = (isNegated ? "-" : "") + literal.literal.text
        guard let magnitude = literal.representedLiteralValue ?? (isNegated ? integerMinimum(literal) : nil) else {
            report(Message.integerLiteralOverflow(text), at: literal)
            return nil
        }
        let value = isNegated && magnitude != Int.min ? -magnitude : magnitude
        switch LiteralKind.integer.type(in: context) {
        case .double: return Typed(expr: .constant(.double(Double(value))), type: .double)
        case .float: return Typed(expr: .constant(.float(Float(value))), type: .float)
        default: break
        }
        return Typed(expr: .constant(.int(value)), type: .int)
    }

    /// `-9223372036854775808` is a valid Int literal although its magnitude is not.
    private func integerMinimum(_ literal: IntegerLiteralExprSyntax) -> Int? {
        literal.literal.text.filter { $0 != "_" } == "9223372036854775808" ? Int.min : nil
    }

    private mutating func lowerReference(_ reference: DeclReferenceExprSyntax, context: ScriptType?) -> Typed? {
        let name = reference.baseName.text
        if isImplicitMember(name) { return lowerImplicitMember(name, at: reference) }
        if reference.baseName.tokenKind == .keyword(.self), !checkInitialized(nil, at: reference) { return nil }
        if let variable = resolveVariable(name, at: reference), reference.argumentNames == nil {
            return Typed(expr: .load(variable.place), type: variable.type)
        }
        if let functions = globals.functions[name], functions.count == 1, let function = functions.first {
            // A function used as a value, as in `xs.map(square)`.
            let parameters = function.signature.parameters.compactMap { if case .exactly(let type) = $0.type { type } else { nil } }
            return Typed(expr: .closure(function), type: .function(parameters, function.signature.result))
        }
        if case .function(let parameters, let result)? = context, let function = functionValue(name, parameters, result, at: reference) {
            return function
        }
        if globals.functions[name] != nil || Builtins.functions[name] != nil {
            report(Message.functionAsValue(name), at: reference)
        } else {
            reportUnknownName(name, at: reference)
        }
        return nil
    }

    private mutating func lowerPrefix(_ prefix: PrefixOperatorExprSyntax, context: ScriptType?) -> Typed? {
        let op = prefix.operator.text
        if op == "-", let literal = prefix.expression.as(IntegerLiteralExprSyntax.self) {
            return lowerInteger(literal, isNegated: true, context: context)
        }
        guard let operand = lower(prefix.expression, context: op == "!" ? .bool : context) else { return nil }
        switch op {
        case "!" where operand.type == .bool:
            return Typed(expr: .not(operand.expr), type: .bool)
        case "-" where operand.type == .tensor:
            return Typed(expr: .builtin(Builtins.tensorNegation, [operand.expr], position(prefix.operator)), type: .tensor)
        case "-" where operand.type.isNumeric:
            return Typed(expr: .negate(operand.expr, operand.type, position(prefix.operator)), type: operand.type)
        case "+" where operand.type.isNumeric:
            return operand
        case "!", "-", "+":
            report(Message.unaryOperator(op, operand.type), at: prefix.operator)
        default:
            reportUnsupported(prefix.operator)
        }
        return nil
    }

    private mutating func lowerInfix(_ infix: InfixOperatorExprSyntax, context: ScriptType?) -> Typed? {
        if assignmentOperator(infix) != nil {
            report(Message.assignmentAsValue, at: infix.operator)
            return nil
        }
        guard let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text else {
            reportUnsupported(infix.operator)
            return nil
        }
        if ArithmeticOperator(rawValue: op) != nil {
            guard let (left, right) = lowerOperands(infix.leftOperand, infix.rightOperand, context: context) else { return nil }
            return combine(op, left, right, spelled: op, at: infix.operator)
        }
        if let comparison = ComparisonOperator(rawValue: op) {
            guard let (left, right) = lowerOperands(infix.leftOperand, infix.rightOperand, context: nil) else { return nil }
            let isOrdered = left.type.isOrdered
            let isAllowed = comparison == .equal || comparison == .notEqual ? left.type.isEquatable : isOrdered
            guard left.type == right.type, isAllowed else {
                report(Message.binaryOperator(op, left.type, right.type), at: infix.operator)
                return nil
            }
            return Typed(expr: .comparison(comparison, left.type, left.expr, right.expr), type: .bool)
        }
        if op == "??" {
            guard let value = lower(infix.leftOperand) else { return nil }
            guard case .optional(let wrapped) = value.type else {
                report(Message.binaryOperator(op, value.type, value.type), at: infix.operator)
                return nil
            }
            guard let fallback = lower(infix.rightOperand, context: wrapped) else { return nil }
            guard fallback.type == wrapped || fallback.type == value.type else {
                report(Message.binaryOperator(op, value.type, fallback.type), at: infix.operator)
                return nil
            }
            return Typed(expr: .coalesce(value.expr, fallback.expr), type: fallback.type)
        }
        if op == "&&" || op == "||" {
            guard let (left, right) = lowerOperands(infix.leftOperand, infix.rightOperand, context: .bool) else { return nil }
            guard left.type == .bool, right.type == .bool else {
                report(Message.binaryOperator(op, left.type, right.type), at: infix.operator)
                return nil
            }
            return Typed(expr: op == "&&" ? .and(left.expr, right.expr) : .or(left.expr, right.expr), type: .bool)
        }
        report(Message.unsupported(op), at: infix.operator)
        return nil
    }

    /// Arithmetic on two checked operands: `spelled` is the operator as written
    /// (`+=` for a compound assignment), for messages.
    mutating func combine(_ op: String, _ left: Typed, _ right: Typed, spelled: String, at node: some SyntaxProtocol) -> Typed? {
        if left.type == .tensor || right.type == .tensor {
            let operands: Set<ScriptType> = [left.type, right.type]
            guard operands.isSubset(of: [.tensor, .float]), let arithmetic = ArithmeticOperator(rawValue: op),
                  let builtin = Builtins.tensorArithmetic(arithmetic, left.type, right.type)
            else {
                report(Message.binaryOperator(spelled, left.type, right.type), at: node)
                return nil
            }
            return Typed(expr: .builtin(builtin, [left.expr, right.expr], position(node)), type: .tensor)
        }
        guard left.type == right.type else {
            report(Message.binaryOperator(spelled, left.type, right.type), at: node)
            return nil
        }
        if op == "+", left.type == .string {
            return Typed(expr: .concatenate(left.expr, right.expr, position(node)), type: .string)
        }
        if op == "+", case .array = left.type {
            return Typed(expr: .builtin(Builtins.arrayConcatenation, [left.expr, right.expr], position(node)), type: left.type)
        }
        guard left.type.isNumeric, let arithmetic = ArithmeticOperator(rawValue: op) else {
            report(Message.binaryOperator(spelled, left.type, right.type), at: node)
            return nil
        }
        if arithmetic == .remainder, left.type.isFloatingPoint {
            report(Message.doubleRemainder, at: node)
            return nil
        }
        return Typed(expr: .arithmetic(arithmetic, left.type, left.expr, right.expr, position(node)), type: left.type)
    }

    /// String and array literals, which take the type of the operand they meet.
    private func takesTypeFromOtherSide(_ syntax: ExprSyntax) -> Bool {
        syntax.is(StringLiteralExprSyntax.self) || syntax.is(ArrayExprSyntax.self)
    }

    /// Lowers two operands so that a side made only of literals takes the type
    /// of the other side, or of the context when both are literals.
    mutating func lowerOperands(_ left: ExprSyntax, _ right: ExprSyntax, context: ScriptType?) -> (Typed, Typed)? {
        let lowered: (Typed?, Typed?)
        switch (literalKind(left), literalKind(right)) {
        case (let leftKind?, let rightKind?):
            let type = leftKind.merged(with: rightKind).type(in: context)
            lowered = (lower(left, context: type), lower(right, context: type))
        case (_?, nil):
            let second = lower(right, context: context)
            lowered = (lower(left, context: second?.type ?? context), second)
        case (nil, _?):
            let first = lower(left, context: context)
            lowered = (first, lower(right, context: first?.type ?? context))
        case (nil, nil) where takesTypeFromOtherSide(right) && !takesTypeFromOtherSide(left):
            // `c == "h"` with c a Character makes the literal one; `[1] + xs` with xs [Double] makes `[1]` [Double].
            let first = lower(left, context: context)
            lowered = (first, lower(right, context: first?.type))
        case (nil, nil) where takesTypeFromOtherSide(left) && !takesTypeFromOtherSide(right):
            let second = lower(right, context: context)
            lowered = (lower(left, context: second?.type), second)
        case (nil, nil) where right.is(NilLiteralExprSyntax.self):
            let first = lower(left, context: context)
            lowered = (first, lower(right, context: first?.type))
        case (nil, nil) where left.is(NilLiteralExprSyntax.self):
            let second = lower(right, context: context)
            lowered = (lower(left, context: second?.type), second)
        case (nil, nil):
            lowered = (lower(left, context: context), lower(right, context: context))
        }
        guard let first = lowered.0, let second = lowered.1 else { return nil }
        return (first, second)
    }

    private mutating func lowerTernary(_ ternary: TernaryExprSyntax, context: ScriptType?) -> Typed? {
        let condition = lower(ternary.condition, context: .bool)
        guard let (then, otherwise) = lowerBranches(ternary.thenExpression, ternary.elseExpression, context: context),
              let condition
        else { return nil }
        guard condition.type == .bool else {
            report(Message.notACondition(condition.type), at: ternary.condition)
            return nil
        }
        guard then.type == otherwise.type else {
            report(Message.cannotConvert(otherwise.type, toSpecified: then.type), at: ternary.elseExpression)
            return nil
        }
        return Typed(expr: .conditional(condition.expr, then.expr, otherwise.expr), type: then.type)
    }

    /// The two branches of `?:`. Where an optional is expected each branch is
    /// wrapped on its own; a `nil` branch otherwise makes the other optional, as
    /// `flag ? nil : 1.5` is a `Double?` in Swift.
    private mutating func lowerBranches(_ then: ExprSyntax, _ otherwise: ExprSyntax, context: ScriptType?) -> (Typed, Typed)? {
        if case .optional? = context {
            guard let first = lower(then, context: context), let second = lower(otherwise, context: context) else { return nil }
            return (first, second)
        }
        let thenIsNil = then.is(NilLiteralExprSyntax.self)
        guard thenIsNil != otherwise.is(NilLiteralExprSyntax.self) else { return lowerOperands(then, otherwise, context: context) }
        guard var value = lower(thenIsNil ? otherwise : then, context: context) else { return nil }
        if case .optional = value.type {} else { value = Typed(expr: .wrap(value.expr), type: .optional(value.type)) }
        guard let none = lower(thenIsNil ? then : otherwise, context: value.type) else { return nil }
        return thenIsNil ? (none, value) : (value, none)
    }

    /// A string literal, with `\(…)` interpolations shown by their description.
    private mutating func lowerString(_ literal: StringLiteralExprSyntax) -> Typed? {
        if let value = literal.representedLiteralValue {
            return Typed(expr: .constant(.string(value)), type: .string)
        }
        if literal.openingPounds != nil {
            report(Message.unsupported("raw string with interpolation"), at: literal)
            return nil
        }
        var parts: [Expr] = []
        var isValid = true
        for segment in literal.segments {
            switch segment {
            case .stringSegment(let text):
                parts.append(.constant(.string(unescaped(text.content.text))))
            case .expressionSegment(let interpolation):
                guard interpolation.expressions.count == 1, let only = interpolation.expressions.first, only.label == nil else {
                    report(Message.unsupported("interpolation with labels"), at: interpolation)
                    isValid = false
                    continue
                }
                guard let value = lower(only.expression) else {
                    isValid = false
                    continue
                }
                parts.append(value.expr)
            }
        }
        return isValid ? Typed(expr: .interpolation(parts, position(literal)), type: .string) : nil
    }

    /// The closest visible name, for "did you mean …?".
    func suggestion(for name: String) -> String? {
        let candidates = visibleNames.filter { $0 != name && $0 != "_" }
        let scored = candidates.map { ($0, editDistance($0, name)) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }), best.1 <= max(1, name.count / 3), best.1 < name.count else { return nil }
        return best.0
    }
}

/// Resolves the escapes of a string segment's source text.
private func unescaped(_ text: String) -> String {
    var result = ""
    var iterator = text.makeIterator()
    while let character = iterator.next() {
        guard character == "\\", let escape = iterator.next() else {
            result.append(character)
            continue
        }
        switch escape {
        case "n": result.append("\n")
        case "t": result.append("\t")
        case "r": result.append("\r")
        case "0": result.append("\0")
        case "u":
            var hex = ""
            while let next = iterator.next(), next != "}" {
                if next != "{" { hex.append(next) }
            }
            if let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) { result.unicodeScalars.append(scalar) }
        default: result.append(escape)
        }
    }
    return result
}

/// Levenshtein distance between two names.
private func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
        var current = [i + 1]
        for (j, y) in b.enumerated() {
            current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
        }
        previous = current
    }
    return previous[b.count]
}
