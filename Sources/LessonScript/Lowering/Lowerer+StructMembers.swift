import SwiftSyntax

/// Using a struct's members: properties, methods, `callAsFunction`, a
/// `Module`'s `parameters`, and inside its own methods the same without `self.`.
extension Lowerer {
    /// `value.name` on a struct value: a stored or computed property, or a `Module`'s `parameters`.
    mutating func lowerStructMember(_ receiver: Typed, _ definition: StructDefinition, _ name: String, at node: some SyntaxProtocol) -> Typed? {
        if let index = definition.propertyIndex(name) {
            return Typed(expr: .member(receiver.expr, index), type: definition.properties[index].type)
        }
        if let getter = definition.computed[name] {
            return Typed(expr: .methodCall(getter, receiver: receiver.expr, [], position(node)), type: getter.signature.result)
        }
        if definition.isModule, name == "parameters" {
            return Typed(expr: .builtin(Builtins.structParameters(definition.type), [receiver.expr], position(node)), type: .array(.tensor))
        }
        report(Message.noMember(definition.type, name), at: node)
        return nil
    }

    /// A bare name in a method that means a property of `self`.
    mutating func lowerImplicitMember(_ name: String, at node: some SyntaxProtocol) -> Typed? {
        guard let definition = structContext, let selfVariable = lookupVariable("self") else { return nil }
        let receiver = Typed(expr: .load(selfVariable.place), type: selfVariable.type)
        guard let index = definition.propertyIndex(name) else {
            // A computed property reads the whole value.
            return checkInitialized(nil, at: node) ? lowerStructMember(receiver, definition, name, at: node) : nil
        }
        return checkInitialized(index, at: node) ? lowerStructMember(receiver, definition, name, at: node) : nil
    }

    /// Whether `member` is `self.x` for a stored property `x`, in an initializer.
    func isInitializingMember(_ member: MemberAccessExprSyntax) -> Bool {
        guard initialization != nil, let structContext else { return false }
        return member.base?.as(DeclReferenceExprSyntax.self)?.baseName.tokenKind == .keyword(.self)
            && structContext.propertyIndex(member.declName.baseName.text) != nil
    }

    /// `self.x` in an initializer, which may read only what has been given a value.
    mutating func lowerInitializingMember(_ member: MemberAccessExprSyntax) -> Typed? {
        guard let definition = structContext, let index = definition.propertyIndex(member.declName.baseName.text),
              let selfVariable = lookupVariable("self"), checkInitialized(index, at: member.declName)
        else { return nil }
        return Typed(expr: .member(.load(selfVariable.place), index), type: definition.properties[index].type)
    }

    /// Whether `self` (or, with an index, one property of it) may be read
    /// here: in an initializer, only once given a value. Reports when not.
    mutating func checkInitialized(_ index: Int?, at node: some SyntaxProtocol) -> Bool {
        guard let initialization else { return true }
        let isReadable = index.map { initialization.contains($0) } ?? isInitialized
        if !isReadable { report(Message.selfBeforeInitialization, at: node) }
        return isReadable
    }

    /// `value.method(arguments)` on a struct value, or `method(arguments)` on
    /// `self` when `base` is nil. A `mutating` method needs a variable.
    mutating func lowerStructMethodCall(
        _ call: FunctionCallExprSyntax, _ name: String, base: ExprSyntax?, receiver: Typed, _ definition: StructDefinition,
        at node: some SyntaxProtocol
    ) -> Typed? {
        guard let methods = definition.methods[name], !methods.isEmpty else {
            report(name == "callAsFunction" ? Message.notCallable(call.calledExpression.trimmedDescription) : Message.noMember(definition.type, name), at: node)
            return nil
        }
        guard let (callee, arguments) = resolveCall(name, methods.map(Callee.function), call),
              case .function(let function) = callee
        else { return nil }
        let at = position(node)
        guard function.isMutating else {
            return Typed(expr: .methodCall(function, receiver: receiver.expr, arguments, at), type: function.signature.result)
        }
        if let base {
            guard let (target, _) = lowerTarget(base, isMutatingCall: true, anchor: Syntax(node)) else { return nil }
            return Typed(expr: .mutatingCall(function, target, arguments, at), type: function.signature.result)
        }
        guard let selfVariable = lookupVariable("self"), selfVariable.isMutable else {
            report(Message.cannotMutate(.mutatingMember, "self", isSelf: true), at: node)
            return nil
        }
        return Typed(expr: .mutatingCall(function, LValue(root: selfVariable.place), arguments, at), type: function.signature.result)
    }

    /// Whether a bare name called inside a method means a method of the struct.
    func isImplicitMethod(_ name: String) -> Bool {
        guard let structContext, lookupLocalVariable(name) == nil else { return false }
        return structContext.methods[name] != nil
    }

    /// `f(…)` inside a method, where `f` is a method of the struct: called on `self`.
    mutating func lowerImplicitMethodCall(_ call: FunctionCallExprSyntax, _ reference: DeclReferenceExprSyntax) -> Typed? {
        let name = reference.baseName.text
        guard let definition = structContext, let selfVariable = lookupVariable("self"), checkInitialized(nil, at: reference) else { return nil }
        let receiver = Typed(expr: .load(selfVariable.place), type: selfVariable.type)
        return lowerStructMethodCall(call, name, base: nil, receiver: receiver, definition, at: reference)
    }
}
