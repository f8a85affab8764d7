import SwiftSyntax

extension Lowerer {
    /// `switch` over Int, Double, Float, String, Bool or tuples of them, with
    /// value and range patterns (`case 1, 2:`, `case 3...9:`), bindings
    /// (`case let x where x > 9:`), `_`, and tuple patterns (`case (0, _):`).
    /// As in Swift, there is no fallthrough, each case needs a statement, and
    /// a switch must be exhaustive: a `default`, a case that matches anything,
    /// or cases covering `true` and `false`.
    mutating func lowerSwitch(_ statement: SwitchExprSyntax) -> [Stmt] {
        guard let subject = lower(statement.subject) else { return [] }
        guard isSwitchable(subject.type) else {
            report(Message.unsupported("switch over '\(subject.type)'"), at: statement.subject)
            return []
        }
        switchDepth += 1
        defer { switchDepth -= 1 }
        var cases: [SwitchCase] = []
        var defaultBody: [Stmt]?
        var coveredBools: Set<Bool> = []
        var hasCatchAll = false
        for element in statement.cases {
            guard case .switchCase(let switchCase) = element else {
                reportUnsupported(element)
                continue
            }
            if switchCase.statements.isEmpty {
                report(Message.emptyCase(switchCase.label.is(SwitchDefaultLabelSyntax.self) ? "default" : "case"), at: switchCase)
                continue
            }
            // A case's bindings are visible in its `where` clauses and its body.
            locals.push()
            defer { locals.pop() }
            guard case .case(let label) = switchCase.label else {
                defaultBody = switchCase.statements.flatMap { lowerItem($0) }
                continue
            }
            var items: [SwitchCase.Item] = []
            for item in label.caseItems {
                guard let pattern = lowerCasePattern(item.pattern, subject.type, canBind: label.caseItems.count == 1) else { continue }
                var condition: Expr?
                if let clause = item.whereClause {
                    guard let lowered = lowerCondition(clause.condition) else { continue }
                    condition = lowered
                } else {
                    hasCatchAll = hasCatchAll || pattern.matchesEverything
                    if case .value(.constant(.bool(let value))) = pattern { coveredBools.insert(value) }
                }
                items.append(SwitchCase.Item(pattern: pattern, condition: condition))
            }
            cases.append(SwitchCase(items: items, body: switchCase.statements.flatMap { lowerItem($0) }))
        }
        guard defaultBody != nil || coveredBools.count == 2 || hasCatchAll else {
            report(Message.switchNotExhaustive, at: statement.switchKeyword)
            return []
        }
        return [.switchOn(subject.expr, subject.type, cases: cases, defaultBody: defaultBody)]
    }

    /// The bounds of `a...b`, `a..<b`, `..<b`, `...b` and `a...`.
    private func rangeBounds(_ expression: ExprSyntax) -> (ExprSyntax?, ExprSyntax?, isClosed: Bool)? {
        if let range = expression.as(InfixOperatorExprSyntax.self),
           let op = range.operator.as(BinaryOperatorExprSyntax.self)?.operator.text, op == "..." || op == "..<" {
            return (range.leftOperand, range.rightOperand, op == "...")
        }
        if let prefix = expression.as(PrefixOperatorExprSyntax.self), ["...", "..<"].contains(prefix.operator.text) {
            return (nil, prefix.expression, prefix.operator.text == "...")
        }
        if let postfix = expression.as(PostfixOperatorExprSyntax.self), postfix.operator.text == "..." {
            return (postfix.expression, nil, true)
        }
        return nil
    }

    private func isSwitchable(_ type: ScriptType) -> Bool {
        if case .tuple(let elements, _) = type { return elements.allSatisfy(isSwitchable) }
        return type.isOrdered || type == .bool
    }

    /// A case item's pattern; `canBind` is false in a case of several items,
    /// whose bindings Swift would need to agree.
    private mutating func lowerCasePattern(_ pattern: PatternSyntax, _ type: ScriptType, canBind: Bool, isBinding: Bool = false) -> SwitchCase.Pattern? {
        switch pattern.as(PatternSyntaxEnum.self) {
        case .valueBindingPattern(let binding):
            guard canBind else {
                report(Message.unsupported("a binding in a case with several patterns"), at: binding)
                return nil
            }
            return lowerCasePattern(binding.pattern, type, canBind: true, isBinding: true)
        case .identifierPattern(let identifier) where isBinding:
            guard let variable = declareVariable(identifier.identifier, type: type, isMutable: false) else { return nil }
            return .bind(variable.place)
        case .wildcardPattern:
            return .wildcard
        case .tuplePattern(let tuple):
            guard case .tuple(let types, _) = type, types.count == tuple.elements.count else {
                report(Message.patternType(.void, type), at: tuple)
                return nil
            }
            var elements: [SwitchCase.Pattern] = []
            for (element, elementType) in zip(tuple.elements, types) {
                guard let lowered = lowerCasePattern(element.pattern, elementType, canBind: canBind, isBinding: isBinding) else { return nil }
                elements.append(lowered)
            }
            return .tuple(elements)
        case .expressionPattern(let expression):
            return lowerPatternExpression(expression.expression, type, canBind: canBind)
        default:
            reportUnsupported(pattern)
            return nil
        }
    }

    /// An expression used as a pattern: a value, a range, `_`, or a tuple of
    /// those (whose elements may be `let x`).
    private mutating func lowerPatternExpression(_ expression: ExprSyntax, _ type: ScriptType, canBind: Bool) -> SwitchCase.Pattern? {
        if expression.is(DiscardAssignmentExprSyntax.self) { return .wildcard }
        if let inner = expression.as(PatternExprSyntax.self) {
            // Only a binding (`let (x, y)`, `(let x, 0)`) makes a pattern inside an expression.
            guard canBind else {
                report(Message.unsupported("a binding in a case with several patterns"), at: inner)
                return nil
            }
            return lowerCasePattern(inner.pattern, type, canBind: canBind, isBinding: true)
        }
        if let tuple = expression.as(TupleExprSyntax.self), tuple.elements.count > 1, case .tuple(let types, _) = type {
            guard types.count == tuple.elements.count else {
                report(Message.patternType(.void, type), at: tuple)
                return nil
            }
            var elements: [SwitchCase.Pattern] = []
            for (element, elementType) in zip(tuple.elements, types) {
                guard let lowered = lowerPatternExpression(element.expression, elementType, canBind: canBind) else { return nil }
                elements.append(lowered)
            }
            return .tuple(elements)
        }
        if let (lowerSyntax, upperSyntax, isClosed) = rangeBounds(expression) {
            var bounds: [Expr?] = []
            for bound in [lowerSyntax, upperSyntax] {
                guard let bound else {
                    bounds.append(nil)
                    continue
                }
                guard let value = lower(bound, context: type) else { return nil }
                guard value.type == type, type.isOrdered else {
                    report(Message.patternType(value.type, type), at: expression)
                    return nil
                }
                bounds.append(value.expr)
            }
            return .range(lower: bounds[0], upper: bounds[1], isClosed: isClosed)
        }
        guard let value = lower(expression, context: type) else { return nil }
        guard value.type == type else {
            report(Message.patternType(value.type, type), at: expression)
            return nil
        }
        return .value(value.expr)
    }
}

extension SwitchCase.Pattern {
    /// Whether the pattern matches every value, making the switch exhaustive.
    var matchesEverything: Bool {
        switch self {
        case .bind, .wildcard: true
        case .tuple(let elements): elements.allSatisfy(\.matchesEverything)
        case .value, .range: false
        }
    }
}
