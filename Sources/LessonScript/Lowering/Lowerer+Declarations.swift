import SwiftSyntax

extension Lowerer {
    mutating func lowerDeclaration(_ decl: DeclSyntax) -> [Stmt] {
        switch decl.as(DeclSyntaxEnum.self) {
        case .variableDecl(let variable):
            return lowerVariable(variable)
        case .functionDecl(let declaration):
            return lowerFunctionBody(declaration)
        case .structDecl(let declaration):
            lowerStructBodies(declaration)
            return []
        default:
            reportUnsupported(decl)
            return []
        }
    }

    // MARK: Variables

    private mutating func lowerVariable(_ decl: VariableDeclSyntax) -> [Stmt] {
        if let modifier = decl.modifiers.first {
            reportUnsupported(modifier)
            return []
        }
        if let attribute = decl.attributes.first {
            reportUnsupported(attribute)
            return []
        }
        let keyword = decl.bindingSpecifier.text
        var statements: [Stmt] = []
        for binding in decl.bindings {
            if let tuple = binding.pattern.as(TuplePatternSyntax.self) {
                statements += lowerDestructuring(tuple, binding, isMutable: keyword == "var")
                continue
            }
            guard let pattern = binding.pattern.as(IdentifierPatternSyntax.self) else {
                reportUnsupported(binding.pattern)
                continue
            }
            if let accessors = binding.accessorBlock {
                report(Message.unsupported("computed variable"), at: accessors)
                continue
            }
            let annotated = binding.typeAnnotation.map { resolveType($0.type) }
            guard let initializer = binding.initializer else {
                report(Message.missingInitialValue(keyword), at: binding)
                failedDeclarations.insert(pattern.identifier.text)
                continue
            }
            guard let value = lower(initializer.value, context: annotated ?? nil) else {
                failedDeclarations.insert(pattern.identifier.text)
                continue
            }
            if case let annotated?? = annotated, value.type != annotated {
                report(Message.cannotConvert(value.type, toSpecified: annotated), at: initializer.value)
                failedDeclarations.insert(pattern.identifier.text)
                continue
            }
            guard let variable = declareVariable(pattern.identifier, type: value.type, isMutable: keyword == "var") else { continue }
            statements.append(.assign(variable.place, value.expr))
        }
        return statements
    }

    /// `let (a, b) = pair`: one variable per element, `_` skipping one.
    private mutating func lowerDestructuring(_ pattern: TuplePatternSyntax, _ binding: PatternBindingSyntax, isMutable: Bool) -> [Stmt] {
        let names = pattern.elements.compactMap { $0.pattern.as(IdentifierPatternSyntax.self)?.identifier.text }
        if let annotation = binding.typeAnnotation {
            reportUnsupported(annotation)
            failedDeclarations.formUnion(names)
            return []
        }
        guard let initializer = binding.initializer, let value = lower(initializer.value) else {
            failedDeclarations.formUnion(names)
            return []
        }
        guard case .tuple(let types, _) = value.type, types.count == pattern.elements.count else {
            report(Message.destructuring(value.type, count: pattern.elements.count), at: initializer.value)
            failedDeclarations.formUnion(names)
            return []
        }
        var places: [Place?] = []
        for (element, type) in zip(pattern.elements, types) {
            if element.pattern.is(WildcardPatternSyntax.self) {
                places.append(nil)
            } else if let identifier = element.pattern.as(IdentifierPatternSyntax.self) {
                guard let variable = declareVariable(identifier.identifier, type: type, isMutable: isMutable) else { return [] }
                places.append(variable.place)
            } else {
                reportUnsupported(element.pattern)
                return []
            }
        }
        return [.destructure(places, value.expr)]
    }

    mutating func declareVariable(_ name: TokenSyntax, type: ScriptType, isMutable: Bool) -> Variable? {
        let text = name.text
        guard mayDeclare(text, at: name) else { return nil }
        if isAtTopLevel {
            guard globals.variables[text] == nil, globals.functions[text] == nil, globals.structs[text] == nil else {
                report(Message.redeclaration(text), at: name)
                return nil
            }
            return globals.declareVariable(text, type: type, isMutable: isMutable)
        }
        if locals.isDeclaredInInnermost(text) {
            report(Message.redeclaration(text), at: name)
            return nil
        }
        return locals.declare(text, type: type, isMutable: isMutable, isPerIteration: loopDepth > 0)
    }

    // MARK: Assignment

    /// The operator of `x = e` or `x += e`, if the infix expression is an assignment.
    func assignmentOperator(_ infix: InfixOperatorExprSyntax) -> String? {
        if infix.operator.is(AssignmentExprSyntax.self) { return "=" }
        let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text
        return op.flatMap { ["+=", "-=", "*=", "/=", "%="].contains($0) ? $0 : nil }
    }

    mutating func lowerAssignment(_ infix: InfixOperatorExprSyntax, op: String) -> [Stmt] {
        if op == "=", infix.leftOperand.is(DiscardAssignmentExprSyntax.self) {
            return lower(infix.rightOperand).map { [.evaluate($0.expr)] } ?? []
        }
        if op == "=", let tuple = infix.leftOperand.as(TupleExprSyntax.self), tuple.elements.count > 1 {
            return lowerTupleAssignment(tuple, infix.rightOperand)
        }
        if let member = infix.leftOperand.as(MemberAccessExprSyntax.self), let setter = Builtins.setters[member.declName.baseName.text],
           let base = member.base, let object = lowerEngineObject(base), setter.signature(object.type) != nil {
            return lowerPropertySetting(infix, op: op, object, member, setter)
        }
        guard let reference = infix.leftOperand.as(DeclReferenceExprSyntax.self), !isImplicitMember(reference.baseName.text) else {
            return lowerPathAssignment(infix, op: op)
        }
        guard let variable = mutableVariable(reference) else { return [] }
        guard let value = lower(infix.rightOperand, context: variable.type) else { return [] }
        if op == "=" {
            guard value.type == variable.type else {
                report(Message.cannotAssign(value.type, to: variable.type), at: infix.rightOperand)
                return []
            }
            return [.assign(variable.place, value.expr)]
        }
        let current = Typed(expr: .load(variable.place), type: variable.type)
        let arithmetic = String(op.dropLast())
        guard let result = combine(arithmetic, current, value, spelled: op, at: infix.operator) else { return [] }
        return [.assign(variable.place, result.expr)]
    }

    /// An engine object held by a name (`optimizer`), whose settable properties an assignment may set.
    private mutating func lowerEngineObject(_ base: ExprSyntax) -> Typed? {
        guard let reference = base.as(DeclReferenceExprSyntax.self), let variable = lookupVariable(reference.baseName.text),
              case .object = variable.type else { return nil }
        return Typed(expr: .load(variable.place), type: variable.type)
    }

    /// `optimizer.learningRate = 0.01` (or `*= 0.5`): an engine object is a
    /// reference, so even a `let` one has its properties set, as in Swift.
    private mutating func lowerPropertySetting(_ infix: InfixOperatorExprSyntax, op: String, _ object: Typed, _ member: MemberAccessExprSyntax,
                                               _ setter: Method) -> [Stmt] {
        guard let type = setter.signature(object.type)?.parameters.first.flatMap({ if case .exactly(let type) = $0.type { type } else { nil } }),
              var value = lower(infix.rightOperand, context: type) else { return [] }
        if op != "=" {
            guard let getter = Builtins.methods[member.declName.baseName.text]?.first(where: { $0.isProperty && $0.signature(object.type) != nil }),
                  let combined = combine(String(op.dropLast()), Typed(expr: .method(getter, receiver: object.expr, [], position(member)), type: type),
                                         value, spelled: op, at: infix.operator)
            else { return [] }
            value = combined
        }
        guard value.type == type else {
            report(Message.cannotAssign(value.type, to: type), at: infix.rightOperand)
            return []
        }
        return [.evaluate(.method(setter, receiver: object.expr, [value.expr], position(member)))]
    }

    /// `(a, b) = (b, a + b)`: the right side is evaluated whole, then each
    /// element goes to its target (`_` drops one), as in Swift.
    private mutating func lowerTupleAssignment(_ tuple: TupleExprSyntax, _ right: ExprSyntax) -> [Stmt] {
        var targets: [(LValue, ScriptType)?] = []
        for element in tuple.elements {
            if element.expression.is(DiscardAssignmentExprSyntax.self) {
                targets.append(nil)
                continue
            }
            guard let target = lowerTarget(element.expression) else { return [] }
            targets.append(target)
        }
        let wanted = targets.allSatisfy { $0 != nil } ? ScriptType.tuple(targets.map { $0!.1 }, labels: targets.map { _ in nil }) : nil
        guard let value = lower(right, context: wanted) else { return [] }
        guard case .tuple(let types, _) = value.type, types.count == targets.count else {
            report(Message.destructuring(value.type, count: targets.count), at: right)
            return []
        }
        locals.push()
        let temporary = locals.declare("(tuple)", type: value.type, isMutable: false).place
        locals.pop()
        var statements: [Stmt] = [.assign(temporary, value.expr)]
        for (index, (target, type)) in zip(targets, types).enumerated() {
            guard let (lvalue, targetType) = target else { continue }
            guard targetType == type else {
                report(Message.cannotAssign(type, to: targetType), at: right)
                return []
            }
            statements.append(.assignPath(lvalue, .set(.member(.load(temporary), index))))
        }
        return statements
    }

    /// `a[i] = v`, `p.x += v`: checked as the variable forms are.
    private mutating func lowerPathAssignment(_ infix: InfixOperatorExprSyntax, op: String) -> [Stmt] {
        guard let (target, type) = lowerTarget(infix.leftOperand),
              let value = lower(infix.rightOperand, context: type)
        else { return [] }
        if op == "=" {
            guard value.type == type else {
                report(Message.cannotAssign(value.type, to: type), at: infix.rightOperand)
                return []
            }
            return [.assignPath(target, .set(value.expr))]
        }
        let current = Typed(expr: .constant(.void), type: type)
        // Checks the operator's types and operands as a plain `x op= v` would.
        guard combine(String(op.dropLast()), current, value, spelled: op, at: infix.operator) != nil,
              let arithmetic = ArithmeticOperator(rawValue: String(op.dropLast())),
              type.isNumeric || type == .string
        else { return [] }
        return [.assignPath(target, .combine(arithmetic, type, value.expr, position(infix.operator)))]
    }

    // MARK: Types

    /// The type a type annotation names; nil (reported) when the subset lacks it.
    mutating func resolveType(_ type: TypeSyntax) -> ScriptType? {
        if let array = type.as(ArrayTypeSyntax.self) {
            return resolveType(array.element).map(ScriptType.array)
        }
        if let dictionary = type.as(DictionaryTypeSyntax.self) {
            guard let key = resolveType(dictionary.key), let value = resolveType(dictionary.value) else { return nil }
            guard key.isHashable else {
                report(Message.notHashable(key), at: dictionary.key)
                return nil
            }
            return .dictionary(key, value)
        }
        if let function = type.as(FunctionTypeSyntax.self) {
            let parameters = function.parameters.map { resolveType($0.type) }
            guard parameters.allSatisfy({ $0 != nil }), let result = resolveType(function.returnClause.type) else { return nil }
            return .function(parameters.compactMap { $0 }, result)
        }
        if let attributed = type.as(AttributedTypeSyntax.self), attributed.specifiers.isEmpty,
           attributed.attributes.allSatisfy({ $0.as(AttributeSyntax.self)?.attributeName.trimmedDescription == "escaping" }) {
            return resolveType(attributed.baseType)
        }
        if let optional = type.as(OptionalTypeSyntax.self) {
            return resolveType(optional.wrappedType).map(ScriptType.optional)
        }
        if let tuple = type.as(TupleTypeSyntax.self), tuple.elements.count != 1 {
            let types = tuple.elements.map { resolveType($0.type) }
            guard types.allSatisfy({ $0 != nil }) else { return nil }
            return .tuple(types.compactMap { $0 }, labels: tuple.elements.map { $0.firstName?.text })
        }
        guard let identifier = type.as(IdentifierTypeSyntax.self), identifier.genericArgumentClause == nil else {
            report(Message.unsupportedType(type.trimmedDescription), at: type)
            return nil
        }
        let name = identifier.name.text
        if let known = ScriptType(named: name) { return known }
        if let definition = globals.structs[name] { return definition.type }
        if ScriptType.unsupportedNames.contains(name) {
            report(Message.unsupportedType(name), at: type)
        } else {
            report(Message.unknownType(name), at: type, missingName: name)
        }
        return nil
    }
}
