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
            return lowerJump(statement, label: statement.label, jump: .breakLoop, outside: Message.breakOutsideLoop, allowedInSwitch: true)
        case .continueStmt(let statement):
            return lowerJump(statement, label: statement.label, jump: .continueLoop, outside: Message.continueOutsideLoop, allowedInSwitch: false)
        case .guardStmt(let statement):
            return lowerGuard(statement)
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
        case .doStmt(let statement) where statement.catchClauses.isEmpty && statement.throwsClause == nil:
            return [.block(lowerScoped(statement.body))]
        default:
            reportUnsupported(stmt)
            return []
        }
    }

    mutating func lowerExpressionStatement(_ expr: ExprSyntax, isDisplayed: Bool) -> [Stmt] {
        if let statement = expr.as(IfExprSyntax.self) {
            return lowerIf(statement)
        }
        if let statement = expr.as(SwitchExprSyntax.self) {
            return lowerSwitch(statement)
        }
        if let infix = expr.as(InfixOperatorExprSyntax.self), let op = assignmentOperator(infix) {
            return lowerAssignment(infix, op: op)
        }
        guard let typed = lower(expr) else { return [] }
        return [isDisplayed && typed.type != .void ? .display(typed.expr, typed.type) : .evaluate(typed.expr)]
    }

    private mutating func lowerIf(_ statement: IfExprSyntax) -> [Stmt] {
        // Names bound by `if let` are visible in the body only.
        locals.push()
        let condition = lowerConditions(statement.conditions)
        let body = lowerScoped(statement.body)
        locals.pop()
        let otherwise: [Stmt] = switch statement.elseBody {
        case .ifExpr(let next): lowerIf(next)
        case .codeBlock(let block): lowerScoped(block)
        case nil: []
        }
        return condition.map { [.ifElse($0, body, otherwise)] } ?? []
    }

    /// `guard c else { … }`: the else branch must leave the scope.
    private mutating func lowerGuard(_ statement: GuardStmtSyntax) -> [Stmt] {
        let condition = lowerConditions(statement.conditions)
        let otherwise = lowerScoped(statement.body)
        guard alwaysExits(otherwise) else {
            report(Message.guardFallsThrough, at: statement.elseKeyword)
            return []
        }
        return condition.map { [.ifElse($0, [], otherwise)] } ?? []
    }

    /// `a, b, c` in an `if` or `while`: each must be a Bool; all must hold.
    mutating func lowerConditions(_ conditions: ConditionElementListSyntax) -> Expr? {
        var combined: Expr?
        var isValid = true
        for element in conditions {
            if case .optionalBinding(let binding) = element.condition {
                guard let bound = lowerBinding(binding) else {
                    isValid = false
                    continue
                }
                combined = combined.map { .and($0, bound) } ?? bound
                continue
            }
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

    /// `let x = optional` (or `let x` for `let x = x`): declares x, unwrapped,
    /// in the current scope and tests for a value.
    private mutating func lowerBinding(_ binding: OptionalBindingConditionSyntax) -> Expr? {
        guard let pattern = binding.pattern.as(IdentifierPatternSyntax.self), binding.typeAnnotation == nil else {
            reportUnsupported(binding.pattern)
            return nil
        }
        let name = pattern.identifier.text
        let source: Typed?
        if let initializer = binding.initializer {
            source = lower(initializer.value)
        } else if let variable = resolveVariable(name, at: pattern) {
            source = Typed(expr: .load(variable.place), type: variable.type)
        } else {
            reportUnknownName(name, at: pattern)
            source = nil
        }
        guard let value = source else { return nil }
        guard case .optional(let wrapped) = value.type else {
            report(Message.notOptional(value.type), at: binding.initializer.map { Syntax($0.value) } ?? Syntax(binding.pattern))
            return nil
        }
        guard let variable = declareVariable(pattern.identifier, type: wrapped, isMutable: binding.bindingSpecifier.text == "var") else { return nil }
        return .bindSome(variable.place, value.expr)
    }

    mutating func lowerCondition(_ expr: ExprSyntax) -> Expr? {
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
        return lowerLoop(statement, elementType: .int) { places, body in
            .forRange(places[0]!, lower: lower.expr, upper: upper.expr, isClosed: op == "...", body: body, at)
        }
    }

    /// `for x in array`, `for i in array.indices`, `for (i, x) in array.enumerated()`,
    /// `for (a, b) in zip(xs, ys)` and `for x in stride(from:to:by:)`.
    private mutating func lowerForEach(_ statement: ForStmtSyntax) -> [Stmt] {
        let sequenceSyntax = statement.sequence
        if let member = sequenceSyntax.as(MemberAccessExprSyntax.self), member.declName.baseName.text == "indices",
           let base = member.base, let array = lower(base), case .array = array.type {
            let at = position(member)
            let countProperty = Builtins.methods["count"]!.first { $0.signature(array.type) != nil }!
            let count = Expr.method(countProperty, receiver: array.expr, [], at)
            return lowerLoop(statement, elementType: .int) { places, body in
                .forRange(places[0]!, lower: .constant(.int(0)), upper: count, isClosed: false, body: body, at)
            }
        }
        if let call = sequenceSyntax.as(FunctionCallExprSyntax.self), let stride = lowerStride(call, statement) {
            return stride
        }
        guard var sequence = lowerSequenceView(sequenceSyntax) ?? lower(sequenceSyntax) else { return [] }
        if let pairs = pairsType(of: sequence.type) { sequence = Typed(expr: .pairs(sequence.expr), type: pairs) }
        sequence = characters(of: sequence, at: sequenceSyntax)
        guard case .array(let element) = sequence.type else {
            report(Message.notASequence(sequence.type), at: sequenceSyntax)
            return []
        }
        let at = position(statement.forKeyword)
        return lowerLoop(statement, elementType: element) { places, body in
            .forEach(places, sequence.expr, body: body, at)
        }
    }

    /// `for x in stride(from: a, to: b, by: s)` (or `through:`), over Int or Double.
    private mutating func lowerStride(_ call: FunctionCallExprSyntax, _ statement: ForStmtSyntax) -> [Stmt]? {
        guard call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text == "stride" else { return nil }
        guard let stride = lowerStrideArguments(call) else { return [] }
        let at = position(call)
        return lowerLoop(statement, elementType: stride.type) { places, body in
            .forStride(places[0]!, from: stride.bounds[0], to: stride.bounds[1], by: stride.bounds[2], isInclusive: stride.isInclusive,
                       stride.type, body: body, at)
        }
    }

    /// Declares the loop's variables (one, or one per element of a tuple
    /// pattern) in a scope of their own and lowers the body.
    private mutating func lowerLoop(_ statement: ForStmtSyntax, elementType: ScriptType, _ make: ([Place?], [Stmt]) -> Stmt) -> [Stmt] {
        locals.push()
        defer { locals.pop() }
        var places: [Place?] = []
        switch statement.pattern.as(PatternSyntaxEnum.self) {
        case .identifierPattern(let pattern):
            places = [locals.declare(pattern.identifier.text, type: elementType, isMutable: false, isPerIteration: true).place]
        case .wildcardPattern:
            places = [locals.declare("_", type: elementType, isMutable: false, isPerIteration: true).place]
        case .tuplePattern(let tuple):
            guard case .tuple(let types, _) = elementType, types.count == tuple.elements.count else {
                report(Message.destructuring(elementType, count: tuple.elements.count), at: tuple)
                return []
            }
            for (element, type) in zip(tuple.elements, types) {
                if let identifier = element.pattern.as(IdentifierPatternSyntax.self) {
                    places.append(locals.declare(identifier.identifier.text, type: type, isMutable: false, isPerIteration: true).place)
                } else if element.pattern.is(WildcardPatternSyntax.self) {
                    places.append(nil)
                } else {
                    reportUnsupported(element.pattern)
                    return []
                }
            }
        default:
            reportUnsupported(statement.pattern)
            return []
        }
        // `where` skips the iterations whose condition fails, as an `if` around the body.
        guard let clause = statement.whereClause else { return [make(places, lowerLoopBody(statement.body))] }
        guard let condition = lowerCondition(clause.condition) else { return [] }
        return [make(places, [.ifElse(condition, lowerLoopBody(statement.body), [])])]
    }

    private mutating func lowerJump(_ node: some SyntaxProtocol, label: TokenSyntax?, jump: Stmt, outside: String, allowedInSwitch: Bool) -> [Stmt] {
        if let label {
            report(Message.unsupported("labeled \(node.firstToken(viewMode: .sourceAccurate)?.text ?? "jump")"), at: label)
            return []
        }
        guard loopDepth > 0 || (allowedInSwitch && switchDepth > 0) else {
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
        if let selfPlace = function.initializerSelf {
            if let expression = statement.expression {
                report(Message.unexpectedReturnValue(.void), at: expression)
            } else if !isInitialized {
                report(Message.initializerIncomplete, at: statement)
            }
            return [.returnValue(.load(selfPlace))]
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
