import SwiftSyntax

extension Lowerer {
    /// `{ x in … }`, `{ (x: Double) -> Double in … }`, `{ $0 * 2 }`: parameter
    /// types come from annotations or from the function type the context
    /// expects; a one-expression body is returned. The body sees the
    /// enclosing scopes' variables, shared, not copied.
    mutating func lowerClosure(_ closure: ClosureExprSyntax, context: ScriptType?, resultFromBody: Bool = false) -> Typed? {
        var names: [String] = []
        var types: [ScriptType?] = []
        var declaredResult: ScriptType?
        if let signature = closure.signature {
            switch signature.parameterClause {
            case .simpleInput(let parameters):
                names = parameters.map(\.name.text)
                types = Array(repeating: nil, count: names.count)
            case .parameterClause(let clause):
                names = clause.parameters.map { ($0.secondName ?? $0.firstName).text }
                types = clause.parameters.map { $0.type.flatMap { resolveType($0) } }
            case nil:
                break
            }
            if let returnClause = signature.returnClause {
                guard let result = resolveType(returnClause.type) else { return nil }
                declaredResult = result
            }
        } else {
            let count = shorthandParameterCount(closure)
            names = (0..<count).map { "$\($0)" }
            types = Array(repeating: nil, count: count)
        }
        var result = declaredResult
        if case .function(let expected, let expectedResult)? = context, expected.count == names.count {
            types = zip(types, expected).map { $0 ?? $1 }
            if !resultFromBody { result = result ?? expectedResult }
        }
        if let missing = types.firstIndex(where: { $0 == nil }) {
            report(Message.closureParameterType(names[missing]), at: closure)
            return nil
        }
        let parameterTypes = types.compactMap { $0 }

        let function = ScriptFunction(name: "", signature: Signature(
            parameters: parameterTypes.map { .init(label: nil, type: .exactly($0)) }, result: result ?? .void))
        let outer = (locals, self.function, loopDepth, switchDepth, capturingFunction)
        enclosing.append(locals)
        capturingFunction = function
        defer {
            enclosing.removeLast()
            (locals, self.function, loopDepth, switchDepth, capturingFunction) = outer
        }
        locals = LocalScopes()
        locals.push()
        (loopDepth, switchDepth) = (0, 0)
        for (name, type) in zip(names, parameterTypes) {
            _ = locals.declare(name, type: type, isMutable: false)
        }
        locals.push()
        let statements = closure.statements
        if result == nil, statements.count == 1, case .expr(let expr) = statements.first!.item,
           !expr.is(IfExprSyntax.self), !(expr.as(InfixOperatorExprSyntax.self).map { assignmentOperator($0) != nil } ?? false) {
            // A one-expression closure returns that expression, whose type is the result.
            self.function = FunctionContext(name: "closure", returnType: .void)
            guard let value = lower(expr) else { return nil }
            result = value.type
            function.body = value.type == .void ? [.evaluate(value.expr)] : [.returnValue(value.expr)]
        } else {
            let returnType = result ?? .void
            self.function = FunctionContext(name: "closure", returnType: returnType)
            let reported = errorCount
            function.body = lowerFunctionStatements(statements, returnType: returnType)
            if returnType != .void, errorCount == reported, !alwaysReturns(function.body) {
                report(Message.missingClosureReturn(returnType), at: closure.rightBrace)
            }
            result = returnType
        }
        function.frameSize = locals.frameSize
        function.signature.result = result!
        closures.append(function)
        return Typed(expr: .closure(function), type: .function(parameterTypes, result!))
    }

    /// How many parameters a closure declares, or uses as `$n`.
    func closureParameterCount(_ closure: ClosureExprSyntax) -> Int {
        switch closure.signature?.parameterClause {
        case .simpleInput(let parameters)?: parameters.count
        case .parameterClause(let clause)?: clause.parameters.count
        case nil: shorthandParameterCount(closure)
        }
    }

    /// How many `$n` parameters a closure without a signature uses: one more than the largest n.
    /// A `$0` inside a nested closure is that closure's.
    private func shorthandParameterCount(_ closure: ClosureExprSyntax) -> Int {
        let counter = ShorthandCounter(viewMode: .sourceAccurate)
        counter.walk(closure.statements)
        return counter.count
    }
}

/// Finds the largest `$n` of a closure's own body, not descending into nested closures.
private final class ShorthandCounter: SyntaxVisitor {
    var count = 0

    override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { .skipChildren }

    override func visit(_ token: TokenSyntax) -> SyntaxVisitorContinueKind {
        if case .dollarIdentifier(let name) = token.tokenKind, let index = Int(name.dropFirst()) {
            count = max(count, index + 1)
        }
        return .visitChildren
    }
}

extension Lowerer {

    /// Calling a value of function type: `f(3)`, `makeAdder(1)(2)`.
    mutating func lowerValueCall(_ call: FunctionCallExprSyntax, _ callee: Typed) -> Typed? {
        if callee.type.isLayer {
            // A layer is called on a tensor (a recurrent one also with its state), through its callAsFunction.
            let callees = (Builtins.methods["callAsFunction"] ?? []).compactMap { method in
                method.signature(callee.type).map { Callee.method(method, $0) }
            }
            guard let (chosen, arguments) = resolveCall("callAsFunction", callees, call), case .method(let method, let signature) = chosen else { return nil }
            return Typed(expr: .method(method, receiver: callee.expr, arguments, position(call)), type: signature.result)
        }
        if case .structure(let structName) = callee.type, let definition = globals.structs[structName] {
            return lowerStructMethodCall(call, "callAsFunction", base: call.calledExpression, receiver: callee, definition, at: call.calledExpression)
        }
        guard case .function(let parameters, let result) = callee.type else {
            report(Message.notCallable(call.calledExpression.trimmedDescription), at: call.calledExpression)
            return nil
        }
        var syntax = call.arguments.map { ($0.label, $0.expression) }
        if let trailing = call.trailingClosure { syntax.append((nil, ExprSyntax(trailing))) }
        guard syntax.count == parameters.count else {
            report(Message.argumentCount(parameters.count, syntax.count), at: call)
            return nil
        }
        var arguments: [Expr] = []
        for ((label, expression), type) in zip(syntax, parameters) {
            if let label {
                report(Message.extraneousLabel(label.text), at: label)
                return nil
            }
            guard let value = lower(expression, context: type) else { return nil }
            guard value.type == type else {
                report(Message.cannotConvertArgument(value.type, to: type), at: expression)
                return nil
            }
            arguments.append(value.expr)
        }
        return Typed(expr: .callValue(callee.expr, arguments, position(call)), type: result)
    }
}
