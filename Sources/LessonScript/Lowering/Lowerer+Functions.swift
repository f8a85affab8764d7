import SwiftSyntax

extension Lowerer {
    /// Declares a top-level function's signature, before any statement of its
    /// block is lowered, so calls may precede the declaration.
    mutating func declareFunction(_ decl: FunctionDeclSyntax) {
        let unsupported: [(any SyntaxProtocol)?] = [
            decl.attributes.first, decl.modifiers.first, decl.genericParameterClause,
            decl.genericWhereClause, decl.signature.effectSpecifiers,
        ]
        if let first = unsupported.compactMap({ $0 }).first {
            reportUnsupported(first)
            return
        }
        guard let signature = signature(decl.signature.parameterClause, result: decl.signature.returnClause?.type) else { return }
        let name = decl.name.text
        guard mayDeclare(name, at: decl.name) else { return }
        let clashes = globals.functions[name, default: []].contains { $0.signature.hasSameParameters(as: signature) }
        guard !clashes, globals.variables[name] == nil, globals.structs[name] == nil else {
            report(Message.redeclaration(signature.fullName(name)), at: decl.name)
            return
        }
        let function = ScriptFunction(name: name, signature: signature)
        globals.functions[name, default: []].append(function)
        declaredFunctions[decl.id] = function
    }

    /// The signature a parameter clause and a return type declare; nil (reported)
    /// when the subset lacks one of its types.
    mutating func signature(_ clause: FunctionParameterClauseSyntax, result: TypeSyntax?) -> Signature? {
        var parameters: [Signature.Parameter] = []
        var isValid = true
        for parameter in clause.parameters {
            if let ellipsis = parameter.ellipsis {
                report(Message.variadicParameter, at: ellipsis)
                isValid = false
            }
            guard let type = resolveType(parameter.type) else {
                isValid = false
                continue
            }
            let label = parameter.firstName.tokenKind == .wildcard ? nil : parameter.firstName.text
            parameters.append(.init(label: label, type: .exactly(type), hasDefault: parameter.defaultValue != nil))
        }
        let result = result.map { resolveType($0) } ?? .void
        guard isValid, let result else { return nil }
        return Signature(parameters: parameters, result: result)
    }

    /// Lowers the body of a function declared by `declareFunction`, at the
    /// point where the declaration appears.
    mutating func lowerFunctionBody(_ decl: FunctionDeclSyntax) -> [Stmt] {
        guard isAtTopLevel else { return lowerNestedFunction(decl) }
        guard let function = declaredFunctions[decl.id] else { return [] }
        guard let body = decl.body else {
            report(Message.unsupported("function without a body"), at: decl)
            return []
        }
        lowerBody(of: function, Array(decl.signature.parameterClause.parameters), body.statements, end: body.rightBrace, receiver: .none)
        return []
    }

    /// A function inside a function, a loop or a closure: a local holding a
    /// closure over the enclosing scopes, called with its labels and defaults,
    /// visible (also to itself, for recursion) from its declaration on.
    private mutating func lowerNestedFunction(_ decl: FunctionDeclSyntax) -> [Stmt] {
        let unsupported: [(any SyntaxProtocol)?] = [
            decl.attributes.first, decl.modifiers.first, decl.genericParameterClause,
            decl.genericWhereClause, decl.signature.effectSpecifiers,
        ]
        if let first = unsupported.compactMap({ $0 }).first {
            reportUnsupported(first)
            return []
        }
        guard let body = decl.body else {
            report(Message.unsupported("function without a body"), at: decl)
            return []
        }
        guard let signature = signature(decl.signature.parameterClause, result: decl.signature.returnClause?.type) else { return [] }
        let name = decl.name.text
        guard mayDeclare(name, at: decl.name) else { return [] }
        if locals.isDeclaredInInnermost(name) {
            report(Message.redeclaration(signature.fullName(name)), at: decl.name)
            return []
        }
        let function = ScriptFunction(name: name, signature: signature)
        let parameterTypes = signature.parameters.compactMap { if case .exactly(let type) = $0.type { type } else { nil } }
        let variable = locals.declare(name, type: .function(parameterTypes, signature.result), isMutable: false, function: function)
        let outer = capturingFunction
        enclosing.append(locals)
        capturingFunction = function
        lowerBody(of: function, Array(decl.signature.parameterClause.parameters), body.statements, end: body.rightBrace, receiver: .nested)
        enclosing.removeLast()
        capturingFunction = outer
        closures.append(function)
        return [.assign(variable.place, .closure(function))]
    }

    /// Lowers a function's, method's or initializer's body into `function`:
    /// parameter defaults, then the parameters as the first slots (after
    /// `self`, for a method), then the statements.
    mutating func lowerBody(
        of function: ScriptFunction, _ parameters: [FunctionParameterSyntax], _ statements: CodeBlockItemListSyntax, end: TokenSyntax,
        receiver: Receiver
    ) {
        for (index, parameter) in function.signature.parameters.enumerated() {
            guard let value = parameters[index].defaultValue?.value,
                  case .exactly(let type) = parameter.type,
                  let lowered = lower(value, context: type)
            else { continue }
            guard lowered.type == type else {
                report(Message.cannotConvertArgument(lowered.type, to: type), at: value)
                continue
            }
            function.defaults[index] = lowered.expr
        }

        let outer = (locals, self.function, loopDepth, switchDepth, structContext, initialization)
        defer { (locals, self.function, loopDepth, switchDepth, structContext, initialization) = outer }
        locals = LocalScopes()
        locals.push()
        self.function = FunctionContext(name: function.name, returnType: function.signature.result)
        (loopDepth, switchDepth) = (0, 0)
        if case .method(let definition, let isMutating) = receiver {
            structContext = definition
            _ = locals.declare("self", type: definition.type, isMutable: isMutating)
        }
        for (index, parameter) in parameters.enumerated() {
            let name = (parameter.secondName ?? parameter.firstName)
            guard case .exactly(let type) = function.signature.parameters[index].type else { continue }
            if name.tokenKind == .wildcard {
                _ = locals.declare("_", type: type, isMutable: false)
            } else if locals.isDeclaredInInnermost(name.text) {
                report(Message.redeclaration(name.text), at: name)
            } else {
                _ = locals.declare(name.text, type: type, isMutable: false)
            }
        }
        // The body is a scope inside the parameters': `var n = n` shadows a parameter, as in Swift.
        locals.push()
        if case .initializer(let definition) = receiver {
            function.body = lowerInitializerStatements(statements, end: end, definition)
        } else {
            let reported = errorCount
            function.body = lowerFunctionStatements(statements, returnType: function.signature.result)
            // A body with errors already said what is wrong; its missing return would only echo them.
            if function.signature.result != .void, errorCount == reported, !alwaysReturns(function.body) {
                report(Message.missingReturn(receiver.kind, function.name, function.signature.result), at: end)
            }
        }
        locals.pop()
        function.frameSize = locals.frameSize
    }
}

/// What a body's `self` is, if it has one.
enum Receiver {
    case none
    /// A function nested in another: no `self` of its own, the enclosing ones' in reach.
    case nested
    /// A method or a computed property: `self` is slot 0, mutable in a `mutating` method.
    case method(StructDefinition, isMutating: Bool)
    /// An initializer: `self` is built from the parameters and returned.
    case initializer(StructDefinition)

    /// What Swift calls such a function, in messages.
    var kind: String {
        switch self {
        case .none: "global function"
        case .nested: "local function"
        case .method: "instance method"
        case .initializer: "initializer"
        }
    }
}

extension Lowerer {
    /// A body that is one expression returns it, as in `{ 1 / (1 + exp(-z)) }`.
    mutating func lowerFunctionStatements(_ statements: CodeBlockItemListSyntax, returnType: ScriptType) -> [Stmt] {
        if returnType != .void, statements.count == 1, let only = statements.first,
           case .expr(let expr) = only.item, !expr.is(IfExprSyntax.self) {
            guard let value = lower(expr, context: returnType) else { return [] }
            // `{ fatalError("…") }` returns nothing and needs not: the call never comes back.
            if case .builtin(let builtin, _, _) = value.expr, builtin.neverReturns { return [.evaluate(value.expr)] }
            guard value.type == returnType else {
                report(Message.cannotConvertReturn(value.type, to: returnType), at: expr)
                return []
            }
            return [.returnValue(value.expr)]
        }
        return statements.flatMap { lowerItem($0) }
    }
}

/// Whether control can never fall off the end of these statements, by the same
/// simple reasoning Swift uses: a `return`, a call that never returns
/// (`fatalError`), an `if` whose branches all return, or a `while true` that
/// no `break` leaves.
func alwaysReturns(_ statements: [Stmt]) -> Bool {
    statements.contains { statement in
        switch statement {
        case .returnValue: true
        case .evaluate(.builtin(let builtin, _, _)): builtin.neverReturns
        case .ifElse(_, let body, let otherwise): alwaysReturns(body) && alwaysReturns(otherwise)
        case .switchOn(_, _, let cases, let defaultBody): cases.allSatisfy { alwaysReturns($0.body) } && alwaysReturns(defaultBody ?? [.returnValue(nil)])
        case .whileLoop(.constant(.bool(true)), let body, _): !breaks(body)
        case .block(let body): alwaysReturns(body)
        default: false
        }
    }
}

/// Whether control always leaves the enclosing scope: by `return`, `break`
/// or `continue`, or an `if` whose branches all do.
func alwaysExits(_ statements: [Stmt]) -> Bool {
    statements.contains { statement in
        switch statement {
        case .returnValue, .breakLoop, .continueLoop: true
        case .evaluate(.builtin(let builtin, _, _)): builtin.neverReturns
        case .block(let body): alwaysExits(body)
        case .ifElse(_, let body, let otherwise): alwaysExits(body) && alwaysExits(otherwise)
        case .switchOn(_, _, let cases, let defaultBody): cases.allSatisfy { alwaysExits($0.body) } && alwaysExits(defaultBody ?? [.returnValue(nil)])
        default: false
        }
    }
}

/// Whether a `break` in these statements leaves the loop that holds them.
private func breaks(_ statements: [Stmt]) -> Bool {
    statements.contains { statement in
        switch statement {
        case .breakLoop: true
        case .ifElse(_, let body, let otherwise): breaks(body) || breaks(otherwise)
        default: false
        }
    }
}
