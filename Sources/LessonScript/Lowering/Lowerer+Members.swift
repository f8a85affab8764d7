import SwiftSyntax

extension Lowerer {
    /// `Double.pi` (or `.pi` where a Double is wanted), or a property of a value such as `xs.count`.
    mutating func lowerMember(_ member: MemberAccessExprSyntax, context: ScriptType? = nil) -> Typed? {
        let name = member.declName.baseName.text
        if let base = member.base?.as(DeclReferenceExprSyntax.self), let constant = Builtins.constants[base.baseName.text + "." + name] {
            return Typed(expr: .constant(constant.value), type: constant.type)
        }
        if member.base == nil, let context, let constant = Builtins.constants[context.description + "." + name] {
            return Typed(expr: .constant(constant.value), type: constant.type)
        }
        guard let baseSyntax = member.base else {
            reportUnsupported(member)
            return nil
        }
        if isInitializingMember(member) { return lowerInitializingMember(member) }
        guard let receiver = lowerSequenceView(baseSyntax) ?? lower(baseSyntax) else { return nil }
        if case .structure(let structName) = receiver.type, let definition = globals.structs[structName] {
            return lowerStructMember(receiver, definition, name, at: member.declName)
        }
        if name == "indices", case .array = receiver.type {
            report(Message.sequenceView(member.trimmedDescription, "Range<Int>"), at: member.declName)
            return nil
        }
        if case .tuple(let elements, let labels) = receiver.type {
            guard let index = Int(name) ?? labels.firstIndex(of: name), elements.indices.contains(index) else {
                report(Message.noMember(receiver.type, name), at: member.declName)
                return nil
            }
            return Typed(expr: .member(receiver.expr, index), type: elements[index])
        }
        guard let method = Builtins.methods[name]?.first(where: { $0.isProperty && $0.signature(receiver.type) != nil }),
              let signature = method.signature(receiver.type)
        else {
            report(Message.noMember(receiver.type, name), at: member.declName)
            return nil
        }
        return Typed(expr: .method(method, receiver: receiver.expr, [], position(member.declName)), type: signature.result)
    }

    /// `receiver.name(arguments)`: a method of the receiver's type; a mutating
    /// one needs the receiver to be a `var`.
    mutating func lowerMethodCall(_ call: FunctionCallExprSyntax, _ member: MemberAccessExprSyntax, context: ScriptType? = nil) -> Typed? {
        let name = member.declName.baseName.text
        guard let baseSyntax = member.base else {
            reportUnsupported(member)
            return nil
        }
        // A static function of a type, such as `Tensor.zeros([2, 3])`.
        if let typeName = baseSyntax.as(DeclReferenceExprSyntax.self)?.baseName.text, lookupVariable(typeName) == nil,
           let statics = Builtins.functions[typeName + "." + name] {
            guard let (callee, arguments) = resolveCall(typeName + "." + name, statics.map(Callee.builtin), call),
                  case .builtin(let builtin) = callee
            else { return nil }
            return Typed(expr: .builtin(builtin, arguments, position(call)), type: builtin.signature.result)
        }
        guard let receiver = lowerSequenceView(baseSyntax) ?? lower(baseSyntax) else { return nil }
        if let view = SequenceView(rawValue: name), call.arguments.isEmpty, case .array = receiver.type {
            report(Message.sequenceView(call.trimmedDescription, view.swiftType), at: member.declName)
            return nil
        }
        if case .structure(let structName) = receiver.type, let definition = globals.structs[structName] {
            if definition.methods[name] == nil, let index = definition.propertyIndex(name), definition.properties[index].type.isCallable {
                // `model.decoder(x, state: h)`: a stored layer, function or callable struct, called.
                return lowerStructMember(receiver, definition, name, at: member.declName).flatMap { lowerValueCall(call, $0) }
            }
            return lowerStructMethodCall(call, name, base: baseSyntax, receiver: receiver, definition, at: member.declName)
        }
        if case .tuple(let elements, let labels) = receiver.type, let index = Int(name) ?? labels.firstIndex(of: name),
           elements.indices.contains(index), elements[index].isCallable {
            // `trained.model(x)`: a tuple's element called.
            return lowerValueCall(call, Typed(expr: .member(receiver.expr, index), type: elements[index]))
        }
        if let higherOrder = lowerHigherOrder(call, member, receiver, context: context) { return higherOrder }
        let methods = (Builtins.methods[name] ?? []).filter { !$0.isProperty && $0.signature(receiver.type) != nil }
        guard !methods.isEmpty else {
            report(Message.noMember(receiver.type, name), at: member.declName)
            return nil
        }
        let callees = methods.map { Callee.method($0, $0.signature(receiver.type)!) }
        guard let (callee, arguments) = resolveCall(name, callees, call) else { return nil }
        guard case .method(let method, let signature) = callee else { return nil }
        let at = position(member.declName)
        guard method.isMutating else {
            return Typed(expr: .method(method, receiver: receiver.expr, arguments, at), type: signature.result)
        }
        guard let (target, _) = lowerTarget(baseSyntax, isMutatingCall: true, anchor: Syntax(member.declName)) else { return nil }
        return Typed(expr: .mutatingMethod(method, target, arguments, at), type: signature.result)
    }
}
