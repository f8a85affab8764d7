import SwiftSyntax

/// What a call can reach: a user's function, a builtin, or a method of a
/// value (with its signature on that value's type).
enum Callee {
    case function(ScriptFunction)
    case builtin(Builtin)
    case method(Method, Signature)

    var signature: Signature {
        switch self {
        case .function(let function): function.signature
        case .builtin(let builtin): builtin.signature
        case .method(_, let signature): signature
        }
    }
}

/// Overload resolution: a call names a base name; among the user's functions
/// and the builtins of that name, the one whose labels and types fit wins,
/// preferring literals at their default types, as Swift does.
extension Lowerer {
    /// One argument of a call as resolution sees it.
    private struct Argument {
        var label: String?
        var syntax: ExprSyntax
        var literal: LiteralKind?
        /// A trailing closure fills its parameter whatever the parameter's label.
        var isTrailing = false
        /// Set for arguments that are neither literals nor closures: they are typed on their own.
        var typed: Typed?
    }

    /// Which arguments fill each parameter, and how far the literals are from their defaults.
    private struct Match {
        var arguments: [[Int]]
        var cost: Int
    }

    /// `context` is the type the call's surroundings expect, which a `map`'s closure result takes.
    mutating func lowerCall(_ call: FunctionCallExprSyntax, context: ScriptType? = nil) -> Typed? {
        if let extra = call.additionalTrailingClosures.first {
            reportUnsupported(extra)
            return nil
        }
        if let member = call.calledExpression.as(MemberAccessExprSyntax.self), member.base != nil {
            return lowerMethodCall(call, member, context: context)
        }
        if let arrayType = call.calledExpression.as(ArrayExprSyntax.self), arrayType.elements.count == 1,
           let elementName = arrayType.elements.first?.expression.as(DeclReferenceExprSyntax.self) {
            guard let element = resolveType(TypeSyntax(IdentifierTypeSyntax(name: elementName.baseName))) else { return nil }
            if call.arguments.isEmpty { return lowerEmptyCollection(call, .array(element)) }
            return lowerRepeatingArray(call, elementType: element)
        }
        if let dictionaryType = call.calledExpression.as(DictionaryExprSyntax.self),
           case .elements(let elements) = dictionaryType.content, elements.count == 1, let entry = elements.first,
           let key = entry.key.as(DeclReferenceExprSyntax.self), let value = entry.value.as(DeclReferenceExprSyntax.self) {
            guard let keyType = resolveType(TypeSyntax(IdentifierTypeSyntax(name: key.baseName))),
                  let valueType = resolveType(TypeSyntax(IdentifierTypeSyntax(name: value.baseName)))
            else { return nil }
            guard keyType.isHashable else {
                report(Message.notHashable(keyType), at: entry.key)
                return nil
            }
            return lowerEmptyCollection(call, .dictionary(keyType, valueType))
        }
        guard let reference = call.calledExpression.as(DeclReferenceExprSyntax.self) else {
            return lower(call.calledExpression).flatMap { lowerValueCall(call, $0) }
        }
        let name = reference.baseName.text
        if Builtins.checkNames.contains(name) {
            // A check is the library's, whatever the lesson declares: its verdict cannot be redefined.
            guard let (callee, arguments) = resolveCall(name, Builtins.functions[name, default: []].map(Callee.builtin), call),
                  case .builtin(let builtin) = callee else { return nil }
            return Typed(expr: .builtin(builtin, arguments, position(call)), type: builtin.signature.result)
        }
        if isImplicitMethod(name) { return lowerImplicitMethodCall(call, reference) }
        if isImplicitMember(name) {
            return lower(call.calledExpression).flatMap { lowerValueCall(call, $0) }
        }
        if let variable = resolveVariable(name, at: reference), let function = variable.function {
            guard let (_, arguments) = resolveCall(name, [.function(function)], call) else { return nil }
            return Typed(expr: .callValue(.load(variable.place), arguments, position(call)), type: function.signature.result)
        }
        if let variable = resolveVariable(name, at: reference), variable.type.isCallable {
            return lowerValueCall(call, Typed(expr: .load(variable.place), type: variable.type))
        }
        if let definition = globals.structs[name], lookupVariable(name) == nil {
            guard let (callee, arguments) = resolveCall(name, definition.initializers.map(Callee.function), call),
                  case .function(let initializer) = callee
            else { return nil }
            return Typed(expr: .call(initializer, arguments, position(call)), type: definition.type)
        }
        if name == "Sequential", let builder = call.trailingClosure, call.arguments.isEmpty {
            return lowerSequential(builder)
        }
        if Builtins.scopedModes.contains(name), let body = call.trailingClosure, call.arguments.isEmpty, lookupVariable(name) == nil,
           let builtin = Builtins.functions[name]?.first {
            // `evaluating { model(x) }` is what its closure gives, as Swift's generic `evaluating<T>` is.
            guard let closure = lowerClosure(body, context: .function([], .void), resultFromBody: true),
                  case .function(_, let result) = closure.type else { return nil }
            return Typed(expr: .builtin(builtin, [closure.expr], position(call)), type: result)
        }
        if name == "Array", globals.functions[name] == nil {
            if call.arguments.count == 1, let only = call.arguments.first, only.label == nil { return lowerArrayConversion(only.expression) }
            return lowerRepeatingArray(call, elementType: nil)
        }
        if name == "zip", lookupVariable(name) == nil, globals.functions[name] == nil {
            report(Message.sequenceView(call.trimmedDescription, "Zip2Sequence"), at: reference)
            return nil
        }
        let callees = globals.functions[name, default: []].map(Callee.function)
            + Builtins.functions[name, default: []].map(Callee.builtin)
        guard !callees.isEmpty else {
            let isVariable = lookupVariable(name) != nil
            if isVariable { report(Message.notCallable(name), at: reference) } else { reportUnknownName(name, at: reference) }
            return nil
        }
        guard let (callee, arguments) = resolveCall(name, callees, call, context: context) else { return nil }
        let expr: Expr = switch callee {
        case .function(let function): .call(function, arguments, position(call))
        case .builtin(let builtin): .builtin(builtin, arguments, position(call))
        case .method: preconditionFailure("methods are called through lowerMethodCall")
        }
        return Typed(expr: expr, type: callee.signature.result)
    }

    /// Picks the callee whose signature fits the call's arguments and lowers
    /// the arguments in parameter order, defaults filled in.
    mutating func resolveCall(_ name: String, _ callees: [Callee], _ call: FunctionCallExprSyntax, context: ScriptType? = nil) -> (Callee, [Expr])? {
        var arguments = call.arguments.map {
            Argument(label: $0.label?.text, syntax: $0.expression, literal: literalKind($0.expression))
        }
        if let trailing = call.trailingClosure {
            arguments.append(Argument(label: nil, syntax: ExprSyntax(trailing), literal: nil, isTrailing: true))
        }
        var isValid = true
        // Closures are typed by the parameter they meet, like literals.
        for index in arguments.indices where arguments[index].literal == nil && !isContextual(arguments[index].syntax) {
            arguments[index].typed = lower(arguments[index].syntax)
            isValid = isValid && arguments[index].typed != nil
        }
        guard isValid else { return nil }

        let matches = callees.compactMap { callee in match(callee.signature, arguments).map { (callee, $0) } }
        guard let best = matches.min(by: { $0.1.cost < $1.1.cost }) else {
            reportMismatch(name, callees: callees, arguments: arguments, at: call)
            return nil
        }
        guard let (callee, chosen) = breakTie(matches.filter { $0.1.cost == best.1.cost }, arguments, context: context) else {
            report(Message.ambiguousCall(name), at: call.calledExpression)
            return nil
        }
        var lowered: [Expr] = []
        for (index, parameter) in callee.signature.parameters.enumerated() {
            for argumentIndex in chosen.arguments[index] {
                let argument = arguments[argumentIndex]
                let context: ScriptType? = if case .exactly(let type) = parameter.type { type } else { nil }
                guard let value = argument.typed ?? lower(argument.syntax, context: context) else { return nil }
                if case .optional(let wrapped)? = context, value.type == wrapped {
                    lowered.append(.wrap(value.expr))
                } else {
                    lowered.append(value.expr)
                }
            }
            if chosen.arguments[index].isEmpty, parameter.hasDefault {
                switch callee {
                case .function(let function): lowered.append(function.defaults[index] ?? .constant(.void))
                case .builtin(let builtin): lowered.append(.constant(builtin.defaults[index] ?? .void))
                case .method(let method, _): lowered.append(.constant(method.defaults[index] ?? .void))
                }
            }
        }
        return (callee, lowered)
    }

    /// One of equally good overloads, as Swift ranks them: the one whose result
    /// the context wants (`let f: Float = tanh(2)`), else the one where number
    /// literals stay Doubles, Swift's default (`tanh(2)` alone); nil if still tied.
    private func breakTie(_ tied: [(Callee, Match)], _ arguments: [Argument], context: ScriptType?) -> (Callee, Match)? {
        guard tied.count > 1 else { return tied.first }
        if let context {
            let wanted = tied.filter { $0.0.signature.result == context }
            if wanted.count == 1 { return wanted[0] }
        }
        func literalsAsFloat(_ candidate: (Callee, Match)) -> Int {
            zip(candidate.0.signature.parameters, candidate.1.arguments).reduce(0) { total, pair in
                guard case .exactly(let type) = pair.0.type, type == .float else { return total }
                return total + pair.1.filter { arguments[$0].literal != nil }.count
            }
        }
        let fewest = tied.map(literalsAsFloat).min()
        let preferred = tied.filter { literalsAsFloat($0) == fewest }
        return preferred.count == 1 ? preferred[0] : nil
    }

    /// Matches arguments to parameters in order, by label, skipping defaulted
    /// parameters; nil when labels, count or types do not fit.
    private func match(_ signature: Signature, _ arguments: [Argument]) -> Match? {
        var next = 0
        var assigned: [[Int]] = []
        var cost = 0
        for parameter in signature.parameters {
            var taken: [Int] = []
            while next < arguments.count,
                  arguments[next].isTrailing || arguments[next].label == (taken.isEmpty ? parameter.label : nil),
                  taken.isEmpty || parameter.isVariadic {
                guard let extra = conversionCost(arguments[next], to: parameter.type) else { return nil }
                cost += extra
                taken.append(next)
                next += 1
            }
            if taken.isEmpty, !parameter.hasDefault, !parameter.isVariadic { return nil }
            assigned.append(taken)
        }
        return next == arguments.count ? Match(arguments: assigned, cost: cost) : nil
    }

    /// 0 when the argument has the parameter's type, 1 when a literal must
    /// leave its default type to fit, nil when it cannot fit.
    private func conversionCost(_ argument: Argument, to type: Signature.ParameterType) -> Int? {
        if type == .module { return argument.typed.map { isModule($0.type) ? 0 : nil } ?? nil }
        guard case .exactly(let wanted) = type else { return 0 }
        if let typed = argument.typed {
            if typed.type == wanted { return 0 }
            if typed.type.isPassable(as: wanted) { return 1 }
            return wanted == .optional(typed.type) ? 1 : nil
        }
        if argument.syntax.is(NilLiteralExprSyntax.self) {
            if case .optional = wanted { return 0 }
            return nil
        }
        if argument.syntax.is(ClosureExprSyntax.self) || isFunctionName(argument.syntax) {
            if case .function = wanted { return 0 }
            return nil
        }
        if let text = argument.syntax.as(StringLiteralExprSyntax.self) {
            // A string literal is a String, or a Character when it holds one.
            switch wanted {
            case .string: return 0
            case .character: return text.representedLiteralValue?.count == 1 ? 1 : nil
            case .optional(let wrapped): return conversionCost(argument, to: .exactly(wrapped)).map { $0 + 1 }
            default: return nil
            }
        }
        if let member = argument.syntax.as(MemberAccessExprSyntax.self), member.base == nil {
            // `.xor` where a `Datasets.LogicGate` is wanted, `.pi` where a Double is.
            return Builtins.constants[wanted.description + "." + member.declName.baseName.text] != nil ? 0 : nil
        }
        if let array = argument.syntax.as(ArrayExprSyntax.self) {
            // An array literal fits an array parameter of the same nesting; one of
            // number literals prefers their default type, as a lone literal does.
            // An empty one fits any array.
            if array.elements.isEmpty { return arrayDepth(wanted) > 0 ? 0 : nil }
            guard arrayDepth(wanted) == arrayLiteralDepth(array) else { return nil }
            guard let kind = arrayLiteralKind(array) else { return 0 }
            let element = innermostElement(wanted)
            if kind.type(in: nil) == element { return 0 }
            return kind.type(in: element) == element ? 1 : nil
        }
        if case .optional(let wrapped) = wanted { return conversionCost(argument, to: .exactly(wrapped)).map { $0 + 1 } }
        guard let literal = argument.literal else { return nil }
        let natural = literal.type(in: nil)
        if natural == wanted { return 0 }
        return literal.type(in: wanted) == wanted ? 1 : nil
    }

    /// The type an argument has on its own, for messages: a literal's default type.
    private func naturalType(_ argument: Argument) -> ScriptType {
        if argument.syntax.is(StringLiteralExprSyntax.self) { return .string }
        // An array literal of numbers has no type until it meets a parameter; name the one Swift would give it alone.
        if argument.typed == nil, let array = argument.syntax.as(ArrayExprSyntax.self), let type = numberArrayLiteralType(array) {
            return type
        }
        return argument.typed?.type ?? argument.literal?.type(in: nil) ?? .void
    }

    /// An engine layer, or a struct of the lesson's that conforms to `Module`.
    private func isModule(_ type: ScriptType) -> Bool {
        if case .structure(let name) = type { return globals.structs[name]?.isModule == true }
        return type.isLayer
    }

    /// Arguments typed by the parameter they meet rather than on their own:
    /// closures, `nil`, function names, and array literals of literals (an
    /// array with other elements, such as `[xs.map { … }, ys]`, is typed by
    /// its elements, as Swift would, so overloads can tell it apart).
    private func isContextual(_ syntax: ExprSyntax) -> Bool {
        if let array = syntax.as(ArrayExprSyntax.self) { return array.elements.allSatisfy { isContextualElement($0.expression) } }
        if let member = syntax.as(MemberAccessExprSyntax.self), member.base == nil { return true }
        return syntax.is(ClosureExprSyntax.self) || syntax.is(StringLiteralExprSyntax.self) || syntax.is(NilLiteralExprSyntax.self) || isFunctionName(syntax)
    }

    private func isContextualElement(_ syntax: ExprSyntax) -> Bool {
        literalKind(syntax) != nil || syntax.is(BooleanLiteralExprSyntax.self) || isContextual(syntax)
    }

    /// A bare name of functions (not a variable): typed by the function type it meets, as `apply(sqrt, …)`.
    private func isFunctionName(_ syntax: ExprSyntax) -> Bool {
        guard let name = syntax.as(DeclReferenceExprSyntax.self)?.baseName.text, lookupVariable(name) == nil else { return false }
        return globals.functions[name] != nil || Builtins.functions[name] != nil
    }

    private func arrayDepth(_ type: ScriptType) -> Int {
        if case .array(let element) = type { return 1 + arrayDepth(element) }
        return 0
    }

    private func innermostElement(_ type: ScriptType) -> ScriptType {
        if case .array(let element) = type { return innermostElement(element) }
        return type
    }

    private mutating func reportMismatch(_ name: String, callees: [Callee], arguments: [Argument], at call: FunctionCallExprSyntax) {
        // With one candidate whose labels fit, point at the first argument of the wrong type.
        if callees.count == 1, let signature = callees.first?.signature,
           signature.parameters.map(\.label) == arguments.map(\.label) {
            for (argument, parameter) in zip(arguments, signature.parameters) {
                guard conversionCost(argument, to: parameter.type) == nil, case .exactly(let wanted) = parameter.type else { continue }
                let actual = naturalType(argument)
                report(Message.cannotConvertArgument(actual, to: wanted), at: argument.syntax)
                return
            }
        }
        let have = arguments.map { argument in
            let type = naturalType(argument)
            return argument.label.map { "\($0): \(type)" } ?? type.description
        }.joined(separator: ", ")
        report(Message.noMatchingCall(name, have: have, candidates: callees.map { $0.signature.declaration(name) }), at: call)
    }
}
