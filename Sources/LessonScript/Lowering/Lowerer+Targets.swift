import SwiftSyntax

/// Targets of assignments and mutating calls: a variable and a path of
/// element indices and properties into it, `w[i]`, `p.x`, `layers[0].bias[j]`.
extension Lowerer {
    /// A target as it is lowered: what it changes, and what decides whether it may.
    private struct Path {
        var lvalue: LValue
        var type: ScriptType
        var root: String
        var isRootMutable: Bool
        /// The first `let` property on the way, which nothing may change.
        var constantProperty: String?
        /// How the path ends, for Swift's wording when it may not change.
        var mutation: Message.Mutation = .value
    }

    /// Lowers a target, reporting in Swift's words one that cannot change: a
    /// `let`, a `let` property, a computed property, `self` outside a
    /// `mutating` method.
    /// A mutating call's message points at the method's name, `anchor`.
    mutating func lowerTarget(_ syntax: ExprSyntax, isMutatingCall: Bool = false, anchor: Syntax? = nil) -> (LValue, ScriptType)? {
        guard let path = lowerPath(syntax) else { return nil }
        let anchor = anchor ?? self.anchor(syntax)
        let mutation = isMutatingCall ? .mutatingMember : path.mutation
        if !path.isRootMutable {
            report(Message.cannotMutate(mutation, path.root, isSelf: path.root == "self"), at: anchor)
            return nil
        }
        if let constant = path.constantProperty {
            report(Message.cannotMutate(isMutatingCall ? .mutatingMember : .property, constant), at: anchor)
            return nil
        }
        return (path.lvalue, path.type)
    }

    /// Whether a bare name means a property of the struct whose method is being lowered.
    func isImplicitMember(_ name: String) -> Bool {
        guard let structContext, lookupLocalVariable(name) == nil else { return false }
        return structContext.propertyIndex(name) != nil || structContext.computed[name] != nil
    }

    private mutating func lowerPath(_ syntax: ExprSyntax) -> Path? {
        if let reference = syntax.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            if isImplicitMember(name), let selfVariable = lookupVariable("self") {
                let path = Path(lvalue: LValue(root: selfVariable.place), type: selfVariable.type, root: "self", isRootMutable: selfVariable.isMutable)
                return appendMember(path, name, at: reference)
            }
            guard let variable = resolveVariable(name, at: reference) else {
                reportUnknownName(name, at: reference)
                return nil
            }
            return Path(lvalue: LValue(root: variable.place), type: variable.type, root: name, isRootMutable: variable.isMutable)
        }
        if let member = syntax.as(MemberAccessExprSyntax.self), let base = member.base {
            guard let path = lowerPath(base) else { return nil }
            return appendMember(path, member.declName.baseName.text, at: member.declName)
        }
        if let subscriptCall = syntax.as(SubscriptCallExprSyntax.self) {
            guard var path = lowerPath(subscriptCall.calledExpression) else { return nil }
            if case .dictionary(let keyType, let valueType) = path.type {
                guard let (key, fallback) = lowerKey(subscriptCall, key: keyType, value: valueType) else { return nil }
                path.lvalue.path.append(.key(key, default: fallback))
                path.type = fallback == nil ? .optional(valueType) : valueType
                path.mutation = .subscriptElement
                return path
            }
            guard let index = lowerIndex(subscriptCall) else { return nil }
            guard case .array(let element) = path.type else {
                report(Message.notSubscriptable(path.type), at: subscriptCall.calledExpression)
                return nil
            }
            path.lvalue.path.append(.index(index, position(subscriptCall.leftSquare)))
            path.type = element
            path.mutation = .subscriptElement
            return path
        }
        report(Message.assignmentTarget, at: syntax)
        return nil
    }

    private mutating func appendMember(_ path: Path, _ name: String, at node: some SyntaxProtocol) -> Path? {
        var path = path
        switch path.type {
        case .tuple(let types, let labels):
            guard let index = Int(name) ?? labels.firstIndex(of: name), types.indices.contains(index) else {
                report(Message.noMember(path.type, name), at: node)
                return nil
            }
            path.lvalue.path.append(.member(index))
            path.type = types[index]
        case .structure(let structName):
            guard let definition = globals.structs[structName] else { return nil }
            if definition.computed[name] != nil {
                report(Message.getOnlyProperty(name), at: node)
                return nil
            }
            guard let index = definition.propertyIndex(name) else {
                report(Message.noMember(path.type, name), at: node)
                return nil
            }
            let property = definition.properties[index]
            // An initializer gives each of its own `let` properties a value, once.
            if let initialization, path.root == "self", path.lvalue.path.isEmpty {
                if !property.isMutable, initialization.contains(index) {
                    report(Message.propertyInitializedTwice(name), at: node)
                    return nil
                }
            } else if !property.isMutable, path.constantProperty == nil {
                path.constantProperty = name
            }
            path.lvalue.path.append(.member(index))
            path.type = property.type
        default:
            report(Message.noMember(path.type, name), at: node)
            return nil
        }
        path.mutation = .property
        return path
    }

    /// Where Swift points when a target cannot change: its last access.
    private func anchor(_ syntax: ExprSyntax) -> Syntax {
        if let member = syntax.as(MemberAccessExprSyntax.self) { return Syntax(member.declName) }
        if let subscriptCall = syntax.as(SubscriptCallExprSyntax.self) { return Syntax(subscriptCall.leftSquare) }
        return Syntax(syntax)
    }
}
