import SwiftSyntax

extension Lowerer {
    /// `switch` over Int, Double, String or Bool, with value and range patterns
    /// (`case 1, 2:`, `case 3...9:`, `case "a":`). As in Swift, there is no
    /// fallthrough, each case needs a statement, and a switch must be
    /// exhaustive: a `default` unless the cases cover `true` and `false`.
    mutating func lowerSwitch(_ statement: SwitchExprSyntax) -> [Stmt] {
        guard let subject = lower(statement.subject) else { return [] }
        guard subject.type.isOrdered || subject.type == .bool else {
            report(Message.unsupported("switch over '\(subject.type)'"), at: statement.subject)
            return []
        }
        switchDepth += 1
        defer { switchDepth -= 1 }
        var cases: [SwitchCase] = []
        var defaultBody: [Stmt]?
        var coveredBools: Set<Bool> = []
        for element in statement.cases {
            guard case .switchCase(let switchCase) = element else {
                reportUnsupported(element)
                continue
            }
            if switchCase.statements.isEmpty {
                report(Message.emptyCase(switchCase.label.is(SwitchDefaultLabelSyntax.self) ? "default" : "case"), at: switchCase)
                continue
            }
            locals.push()
            let body = switchCase.statements.flatMap { lowerItem($0) }
            locals.pop()
            switch switchCase.label {
            case .default:
                defaultBody = body
            case .case(let label):
                var patterns: [SwitchCase.Pattern] = []
                for item in label.caseItems {
                    if let clause = item.whereClause {
                        reportUnsupported(clause)
                        continue
                    }
                    guard let pattern = lowerCasePattern(item.pattern, subject.type) else { continue }
                    patterns.append(pattern)
                    if case .value(.constant(.bool(let value))) = pattern { coveredBools.insert(value) }
                }
                cases.append(SwitchCase(patterns: patterns, body: body))
            }
        }
        guard defaultBody != nil || coveredBools.count == 2 else {
            report(Message.switchNotExhaustive, at: statement.switchKeyword)
            return []
        }
        return [.switchOn(subject.expr, subject.type, cases: cases, defaultBody: defaultBody)]
    }

    private mutating func lowerCasePattern(_ pattern: PatternSyntax, _ type: ScriptType) -> SwitchCase.Pattern? {
        guard let expression = pattern.as(ExpressionPatternSyntax.self)?.expression else {
            reportUnsupported(pattern)
            return nil
        }
        if let range = expression.as(InfixOperatorExprSyntax.self),
           let op = range.operator.as(BinaryOperatorExprSyntax.self)?.operator.text, op == "..." || op == "..<" {
            guard let low = lower(range.leftOperand, context: type), let high = lower(range.rightOperand, context: type) else { return nil }
            guard low.type == type, high.type == type, type != .bool else {
                report(Message.patternType(low.type == type ? high.type : low.type, type), at: expression)
                return nil
            }
            return .range(lower: low.expr, upper: high.expr, isClosed: op == "...")
        }
        guard let value = lower(expression, context: type) else { return nil }
        guard value.type == type else {
            report(Message.patternType(value.type, type), at: expression)
            return nil
        }
        return .value(value.expr)
    }
}
