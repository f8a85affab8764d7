import SwiftSyntax

/// Structs are declared at the top level of a block in three steps: the name,
/// so any code of the block may use the type, as in a Swift file; the members'
/// types and signatures; then, where the declaration stands, the bodies.
extension Lowerer {
    mutating func registerStruct(_ decl: StructDeclSyntax) {
        let unsupported: [(any SyntaxProtocol)?] = [
            decl.attributes.first, decl.modifiers.first, decl.genericParameterClause, decl.genericWhereClause,
        ]
        if let first = unsupported.compactMap({ $0 }).first {
            reportUnsupported(first)
            return
        }
        let name = decl.name.text
        guard mayDeclare(name, at: decl.name) else { return }
        let isTaken = globals.structs[name] != nil || globals.variables[name] != nil || globals.functions[name] != nil
            || ScriptType(named: name) != nil || ScriptType.unsupportedNames.contains(name) || Builtins.functions[name] != nil
        guard !isTaken else {
            report(Message.redeclaration(name), at: decl.name)
            return
        }
        let definition = StructDefinition(name: name)
        for inherited in decl.inheritanceClause?.inheritedTypes ?? [] {
            let conformance = inherited.type.trimmedDescription
            if conformance == "Module" {
                definition.isModule = true
            } else {
                report(Message.conformance(conformance), at: inherited.type)
            }
        }
        globals.structs[name] = definition
        declaredStructs[decl.id] = definition
    }

    /// Declares stored properties (lowering their initial values), computed
    /// properties, methods and initializers; without an initializer of its
    /// own, a struct gets Swift's memberwise one.
    mutating func declareMembers(_ decl: StructDeclSyntax) {
        guard let definition = declaredStructs[decl.id] else { return }
        for member in decl.memberBlock.members {
            switch member.decl.as(DeclSyntaxEnum.self) {
            case .variableDecl(let variable): declareProperties(variable, of: definition)
            case .functionDecl(let function): declareMethod(function, of: definition)
            case .initializerDecl(let initializer): declareInitializer(initializer, of: definition)
            default: reportUnsupported(member.decl)
            }
        }
        // Before the memberwise initializer, which makes the struct's layout.
        let moduleCall = Signature(parameters: [.init(label: nil, type: .exactly(.tensor))], result: .tensor)
        definition.forward = definition.methods["callAsFunction", default: []].first {
            $0.signature.hasSameParameters(as: moduleCall) && $0.signature.result == .tensor
        }
        if definition.isModule, definition.forward == nil {
            report(Message.notAModule(definition.name), at: decl.name)
        }
        if definition.initializers.isEmpty {
            definition.initializers = [memberwiseInitializer(definition)]
        }
    }

    /// Lowers the bodies of a struct's methods, initializers and computed properties.
    mutating func lowerStructBodies(_ decl: StructDeclSyntax) {
        guard isAtTopLevel else {
            report(Message.nestedStruct, at: decl.structKeyword)
            return
        }
        // A struct that could not be declared (its name is taken) has been reported already.
        guard let definition = declaredStructs[decl.id] else { return }
        for member in decl.memberBlock.members {
            switch member.decl.as(DeclSyntaxEnum.self) {
            case .functionDecl(let method):
                guard let function = declaredFunctions[method.id] else { continue }
                guard let body = method.body else {
                    report(Message.unsupported("function without a body"), at: method)
                    continue
                }
                lowerBody(of: function, Array(method.signature.parameterClause.parameters), body.statements, end: body.rightBrace,
                          receiver: .method(definition, isMutating: function.isMutating))
            case .initializerDecl(let initializer):
                guard let function = declaredFunctions[initializer.id] else { continue }
                guard let body = initializer.body else {
                    report(Message.unsupported("initializer without a body"), at: initializer)
                    continue
                }
                lowerBody(of: function, Array(initializer.signature.parameterClause.parameters), body.statements, end: body.rightBrace,
                          receiver: .initializer(definition))
            case .variableDecl(let variable):
                for binding in variable.bindings {
                    guard let getter = declaredFunctions[binding.id], let (statements, end) = getterBody(binding.accessorBlock) else { continue }
                    lowerBody(of: getter, [], statements, end: end, receiver: .method(definition, isMutating: false))
                }
            default:
                continue
            }
        }
    }

    // MARK: Members

    private mutating func declareProperties(_ decl: VariableDeclSyntax, of definition: StructDefinition) {
        if let unsupported = decl.modifiers.first.map(Syntax.init) ?? decl.attributes.first.map(Syntax.init) {
            reportUnsupported(unsupported)
            return
        }
        let isMutable = decl.bindingSpecifier.tokenKind == .keyword(.var)
        for binding in decl.bindings {
            guard let pattern = binding.pattern.as(IdentifierPatternSyntax.self) else {
                reportUnsupported(binding.pattern)
                continue
            }
            let name = pattern.identifier.text
            guard definition.propertyIndex(name) == nil, definition.computed[name] == nil, definition.methods[name] == nil else {
                report(Message.redeclaration(name), at: pattern)
                continue
            }
            var type: ScriptType?
            if let annotation = binding.typeAnnotation {
                guard let annotated = resolveType(annotation.type) else { continue }
                type = annotated
            }
            if let accessors = binding.accessorBlock {
                declareComputedProperty(name, type: type, accessors, binding, isMutable: isMutable, of: definition)
                continue
            }
            var initialValue: Expr?
            if let initializer = binding.initializer {
                guard let value = lower(initializer.value, context: type) else { continue }
                if let type, value.type != type {
                    report(Message.cannotConvert(value.type, toSpecified: type), at: initializer.value)
                    continue
                }
                type = value.type
                initialValue = value.expr
            }
            guard let type else {
                report(Message.storedPropertyType, at: binding)
                continue
            }
            guard !contains(type, definition.type) else {
                report(Message.recursiveStruct(definition.name), at: pattern)
                continue
            }
            definition.properties.append(.init(name: name, type: type, isMutable: isMutable, initialValue: initialValue))
        }
    }

    /// Whether a stored property of type `type` would hold a value of type `whole` inline.
    private func contains(_ type: ScriptType, _ whole: ScriptType) -> Bool {
        switch type {
        case whole: true
        case .optional(let wrapped): contains(wrapped, whole)
        case .tuple(let elements, _): elements.contains { contains($0, whole) }
        case .structure(let name): globals.structs[name]?.properties.contains { contains($0.type, whole) } ?? false
        default: false
        }
    }

    private mutating func declareComputedProperty(
        _ name: String, type: ScriptType?, _ accessors: AccessorBlockSyntax, _ binding: PatternBindingSyntax,
        isMutable: Bool, of definition: StructDefinition
    ) {
        guard isMutable else {
            report(Message.unsupported("computed 'let'"), at: binding)
            return
        }
        guard let type else {
            report(Message.storedPropertyType, at: binding)
            return
        }
        guard getterBody(accessors) != nil else {
            report(Message.setter, at: accessors)
            return
        }
        let getter = ScriptFunction(name: name, signature: Signature(parameters: [], result: type))
        definition.computed[name] = getter
        declaredFunctions[binding.id] = getter
    }

    /// The statements of a computed property's getter: `{ expr }` or `{ get { … } }`; nil when it has other accessors.
    private func getterBody(_ accessors: AccessorBlockSyntax?) -> (CodeBlockItemListSyntax, TokenSyntax)? {
        switch accessors?.accessors {
        case .getter(let statements)?:
            return (statements, accessors!.rightBrace)
        case .accessors(let list)? where list.count == 1:
            guard let get = list.first, get.accessorSpecifier.tokenKind == .keyword(.get), let body = get.body else { return nil }
            return (body.statements, body.rightBrace)
        default:
            return nil
        }
    }

    private mutating func declareMethod(_ decl: FunctionDeclSyntax, of definition: StructDefinition) {
        let unsupported: [(any SyntaxProtocol)?] = [
            decl.attributes.first, decl.genericParameterClause, decl.genericWhereClause, decl.signature.effectSpecifiers,
        ] + decl.modifiers.filter { $0.name.tokenKind != .keyword(.mutating) }
        if let first = unsupported.compactMap({ $0 }).first {
            reportUnsupported(first)
            return
        }
        guard let signature = signature(decl.signature.parameterClause, result: decl.signature.returnClause?.type) else { return }
        let name = decl.name.text
        let clashes = definition.methods[name, default: []].contains { $0.signature.hasSameParameters(as: signature) }
        guard !clashes, definition.propertyIndex(name) == nil, definition.computed[name] == nil else {
            report(Message.redeclaration(signature.fullName(name)), at: decl.name)
            return
        }
        let function = ScriptFunction(name: name, signature: signature)
        function.isMutating = !decl.modifiers.isEmpty
        definition.methods[name, default: []].append(function)
        declaredFunctions[decl.id] = function
    }

    private mutating func declareInitializer(_ decl: InitializerDeclSyntax, of definition: StructDefinition) {
        let unsupported: [(any SyntaxProtocol)?] = [
            decl.attributes.first, decl.modifiers.first, decl.optionalMark, decl.genericParameterClause,
            decl.genericWhereClause, decl.signature.effectSpecifiers,
        ]
        if let first = unsupported.compactMap({ $0 }).first {
            reportUnsupported(first)
            return
        }
        guard var signature = signature(decl.signature.parameterClause, result: nil) else { return }
        signature.result = definition.type
        guard !definition.initializers.contains(where: { $0.signature.hasSameParameters(as: signature) }) else {
            report(Message.redeclaration(signature.fullName("init")), at: decl.initKeyword)
            return
        }
        let function = ScriptFunction(name: "init", signature: signature)
        definition.initializers.append(function)
        declaredFunctions[decl.id] = function
    }

    /// Swift's memberwise initializer: a parameter per stored property, in
    /// order, defaulted where a `var` has an initial value (a `let` with one
    /// keeps it).
    private mutating func memberwiseInitializer(_ definition: StructDefinition) -> ScriptFunction {
        let function = ScriptFunction(name: "init", signature: Signature(parameters: [], result: definition.type))
        var values: [Expr] = []
        for property in definition.properties {
            if !property.isMutable, let initialValue = property.initialValue {
                values.append(initialValue)
                continue
            }
            let slot = function.signature.parameters.count
            function.defaults[slot] = property.initialValue
            function.signature.parameters.append(.init(label: property.name, type: .exactly(property.type), hasDefault: property.initialValue != nil))
            values.append(.load(.local(slot)))
        }
        function.body = [.returnValue(.construct(definition.layout, values))]
        function.frameSize = function.signature.parameters.count
        closures.append(function)
        return function
    }

    // MARK: Initializers

    /// An initializer's body: `self` starts with the initial values, every
    /// stored property must be given a value before `self` is used or
    /// returned, and the body returns `self`. A property counts as given when
    /// a statement of the body's top level assigns it, the simple, safe part
    /// of Swift's definite initialization.
    mutating func lowerInitializerStatements(_ statements: CodeBlockItemListSyntax, end: TokenSyntax, _ definition: StructDefinition) -> [Stmt] {
        let selfPlace = locals.declare("self", type: definition.type, isMutable: true).place
        function?.initializerSelf = selfPlace
        structContext = definition
        initialization = Set(definition.properties.indices.filter { definition.properties[$0].initialValue != nil })
        var body: [Stmt] = [.assign(selfPlace, .construct(definition.layout, definition.properties.map { $0.initialValue ?? .constant(.void) }))]
        for item in statements {
            let lowered = lowerItem(item)
            body += lowered
            for case .assignPath(let target, .set) in lowered where target.root == selfPlace && target.path.count == 1 {
                if case .member(let index) = target.path[0] { initialization?.insert(index) }
            }
        }
        if !isInitialized, !alwaysReturns(body) {
            report(Message.initializerIncomplete, at: end)
        }
        return body + [.returnValue(.load(selfPlace))]
    }

    /// Whether the initializer being lowered has given every stored property a value.
    var isInitialized: Bool {
        guard let initialization, let structContext else { return true }
        return initialization.count == structContext.properties.count
    }
}
