import SwiftSyntax

extension Lowerer {
    mutating func lowerItem(_ item: CodeBlockItemSyntax, isDisplayed: Bool = false) -> [Stmt] {
        switch item.item {
        case .decl(let decl): lowerDeclaration(decl)
        case .stmt(let stmt): lowerStatement(stmt, isDisplayed: isDisplayed)
        case .expr(let expr): lowerExpressionStatement(expr, isDisplayed: isDisplayed)
        }
    }

    /// Lowers a `{ … }` body in a scope of its own.
    mutating func lowerScoped(_ block: CodeBlockSyntax) -> [Stmt] {
        locals.push()
        defer { locals.pop() }
        return block.statements.flatMap { lowerItem($0) }
    }

    mutating func lowerStatement(_ stmt: StmtSyntax, isDisplayed: Bool) -> [Stmt] {
        switch stmt.as(StmtSyntaxEnum.self) {
        case .expressionStmt(let statement):
            return lowerExpressionStatement(statement.expression, isDisplayed: isDisplayed)
        case .returnStmt(let statement):
            return lowerReturn(statement)
        case .breakStmt(let statement):
            return lowerJump(statement, label: statement.label, jump: .breakLoop, outside: Message.breakOutsideLoop)
        case .continueStmt(let statement):
            return lowerJump(statement, label: statement.label, jump: .continueLoop, outside: Message.continueOutsideLoop)
        case .whileStmt(let statement):
            let condition = lowerConditions(statement.conditions)
            let body = lowerLoopBody(statement.body)
            return condition.map { [.whileLoop($0, body, position(statement.whileKeyword))] } ?? []
        case .repeatStmt(let statement):
            let body = lowerLoopBody(statement.body)
            let condition = lowerCondition(statement.condition)
            return condition.map { [.repeatLoop(body, $0, position(statement.repeatKeyword))] } ?? []
        case .forStmt(let statement):
            return lowerFor(statement)
        default:
            reportUnsupported(stmt)
            return []
        }
    }

    mutating func lowerExpressionStatement(_ expr: ExprSyntax, isDisplayed: Bool) -> [Stmt] {
        if let statement = expr.as(IfExprSyntax.self) {
            return lowerIf(statement)
        }
        if let infix = expr.as(InfixOperatorExprSyntax.self), let op = assignmentOperator(infix) {
            return lowerAssignment(infix, op: op)
        }
        guard let typed = lower(expr) else { return [] }
        return [isDisplayed && typed.type != .void ? .display(typed.expr) : .evaluate(typed.expr)]
    }

    private mutating func lowerIf(_ statement: IfExprSyntax) -> [Stmt] {
        let condition = lowerConditions(statement.conditions)
        let body = lowerScoped(statement.body)
        let otherwise: [Stmt] = switch statement.elseBody {
        case .ifExpr(let next): lowerIf(next)
        case .codeBlock(let block): lowerScoped(block)
        case nil: []
        }
        return condition.map { [.ifElse($0, body, otherwise)] } ?? []
    }

    /// `a, b, c` in an `if` or `while`: each must be a Bool; all must hold.
    private mutating func lowerConditions(_ conditions: ConditionElementListSyntax) -> Expr? {
        var combined: Expr?
        var isValid = true
        for element in conditions {
            guard case .expression(let expr) = element.condition else {
                reportUnsupported(element.condition)
                isValid = false
                continue
            }
            guard let condition = lowerCondition(expr) else {
                isValid = false
                continue
            }
            combined = combined.map { .and($0, condition) } ?? condition
        }
        return isValid ? combined : nil
    }

    private mutating func lowerCondition(_ expr: ExprSyntax) -> Expr? {
        guard let condition = lower(expr, context: .bool) else { return nil }
        guard condition.type == .bool else {
            report(Message.notACondition(condition.type), at: expr)
            return nil
        }
        return condition.expr
    }

    private mutating func lowerLoopBody(_ body: CodeBlockSyntax) -> [Stmt] {
        loopDepth += 1
        defer { loopDepth -= 1 }
        return lowerScoped(body)
    }

    /// `for i in a..<b` and `for i in a...b` over Int bounds.
    private mutating func lowerFor(_ statement: ForStmtSyntax) -> [Stmt] {
        for modifier in [statement.tryKeyword, statement.awaitKeyword, statement.caseKeyword].compactMap({ $0 }) {
            reportUnsupported(modifier)
            return []
        }
        if let clause = statement.whereClause {
            report(Message.unsupported("for-in with where"), at: clause)
            return []
        }
        guard let range = statement.sequence.as(InfixOperatorExprSyntax.self),
              let op = range.operator.as(BinaryOperatorExprSyntax.self)?.operator.text,
              op == "..<" || op == "..."
        else {
            return lowerForEach(statement)
        }
        guard let (lower, upper) = lowerOperands(range.leftOperand, range.rightOperand, context: .int) else { return [] }
        guard lower.type == .int, upper.type == .int else {
            report(Message.rangeOfNonIntegers(lower.type == .int ? upper.type : lower.type), at: statement.sequence)
            return []
        }

        let at = position(range.operator)
        return lowerLoop(statement, elementType: .int) { variable, body in
            .forRange(variable.place, lower: lower.expr, upper: upper.expr, isClosed: op == "...", body: body, at)
        }
    }

    /// `for x in array`, and `for i in array.indices`.
    private mutating func lowerForEach(_ statement: ForStmtSyntax) -> [Stmt] {
        if let member = statement.sequence.as(MemberAccessExprSyntax.self), member.declName.baseName.text == "indices",
           let base = member.base, let array = lower(base), case .array = array.type {
            let at = position(member)
            let count = Expr.method(Builtins.methods["count"]![0], receiver: array.expr, [], at)
            return lowerLoop(statement, elementType: .int) { variable, body in
                .forRange(variable.place, lower: .constant(.int(0)), upper: count, isClosed: false, body: body, at)
            }
        }
        guard let sequence = lower(statement.sequence) else { return [] }
        guard case .array(let element) = sequence.type else {
            report(Message.notASequence(sequence.type), at: statement.sequence)
            return []
        }
        let at = position(statement.forKeyword)
        return lowerLoop(statement, elementType: element) { variable, body in
            .forEach(variable.place, sequence.expr, body: body, at)
        }
    }

    /// Declares the loop variable in a scope of its own and lowers the body.
    private mutating func lowerLoop(_ statement: ForStmtSyntax, elementType: ScriptType, _ make: (Variable, [Stmt]) -> Stmt) -> [Stmt] {
        locals.push()
        defer { locals.pop() }
        let name: String
        switch statement.pattern.as(PatternSyntaxEnum.self) {
        case .identifierPattern(let pattern): name = pattern.identifier.text
        case .wildcardPattern: name = "_"
        default:
            reportUnsupported(statement.pattern)
            return []
        }
        let variable = locals.declare(name, type: elementType, isMutable: false)
        return [make(variable, lowerLoopBody(statement.body))]
    }

    private mutating func lowerJump(_ node: some SyntaxProtocol, label: TokenSyntax?, jump: Stmt, outside: String) -> [Stmt] {
        if let label {
            report(Message.unsupported("labeled \(node.firstToken(viewMode: .sourceAccurate)?.text ?? "jump")"), at: label)
            return []
        }
        guard loopDepth > 0 else {
            report(outside, at: node)
            return []
        }
        return [jump]
    }

    private mutating func lowerReturn(_ statement: ReturnStmtSyntax) -> [Stmt] {
        guard let function else {
            report(Message.returnOutsideFunction, at: statement)
            return []
        }
        guard let expression = statement.expression else {
            if function.returnType != .void { report(Message.missingReturnValue, at: statement) }
            return [.returnValue(nil)]
        }
        guard let value = lower(expression, context: function.returnType) else { return [] }
        if function.returnType == .void, value.type != .void {
            report(Message.unexpectedReturnValue(value.type), at: expression)
        } else if value.type != function.returnType {
            report(Message.cannotConvertReturn(value.type, to: function.returnType), at: expression)
        }
        return [.returnValue(value.expr)]
    }
}
