import SwiftSyntax

/// An expression after checking: its lowered form and its static type.
struct Typed {
    var expr: Expr
    var type: ScriptType
}

/// Lowers one block's syntax tree into IR, checking Swift's typing rules as it
/// goes. It reports every problem it finds rather than stopping at the first;
/// a lowering that returns nil has already reported why.
struct Lowerer {
    struct FunctionContext {
        let name: String
        let returnType: ScriptType
        /// In an initializer, the `self` being built, which every `return` returns.
        var initializerSelf: Place?
    }

    var globals: GlobalScope
    var locals = LocalScopes()
    var diagnostics: [ScriptDiagnostic] = []
    /// Names whose declaration in this block failed with an error already
    /// reported: using them later is not a second error.
    var failedDeclarations: Set<String> = []
    /// Errors found so far, counting uses of failed declarations, which are not reported again.
    var errorCount = 0
    /// The function whose body is being lowered; nil at the top level of a block.
    var function: FunctionContext?
    var loopDepth = 0
    /// Switches being lowered, which `break` may also leave.
    var switchDepth = 0
    /// The scopes of the functions and blocks enclosing a closure being
    /// lowered, innermost last: what the closure can capture.
    var enclosing: [LocalScopes] = []
    /// Closures lowered in this block, compiled with its functions.
    var closures: [ScriptFunction] = []
    /// The closure or nested function whose body is being lowered.
    var capturingFunction: ScriptFunction?
    /// Functions, methods and initializers declared in this block, found
    /// before its statements are lowered.
    var declaredFunctions: [SyntaxIdentifier: ScriptFunction] = [:]
    /// Structs declared in this block, registered before its statements are lowered.
    var declaredStructs: [SyntaxIdentifier: StructDefinition] = [:]
    /// The struct whose members are being lowered: its properties and methods
    /// are in scope without `self.`.
    var structContext: StructDefinition?
    /// While an optional chain's rest is lowered, its `base?` stands for the unwrapped base.
    var chainBases: [SyntaxIdentifier: Typed] = [:]
    /// In an initializer, the stored properties given a value so far
    /// (by index), which are the only ones that may be read.
    var initialization: Set<Int>?
    let converter: SourceLocationConverter
    let unit: Int

    init(globals: GlobalScope, converter: SourceLocationConverter, unit: Int) {
        self.globals = globals
        self.converter = converter
        self.unit = unit
    }

    /// Top-level declarations of a block are the session's globals.
    var isAtTopLevel: Bool { function == nil && locals.isEmpty }

    /// Lowers a whole block. Its functions are declared first, so code may call
    /// a function declared further down, as in a Swift file.
    mutating func lowerBlock(_ file: SourceFileSyntax) -> [Stmt] {
        let declarations = file.statements.compactMap { item -> DeclSyntax? in
            if case .decl(let decl) = item.item { decl } else { nil }
        }
        let structs = declarations.compactMap { $0.as(StructDeclSyntax.self) }
        for decl in structs { registerStruct(decl) }
        for decl in structs { declareMembers(decl) }
        for decl in declarations {
            if let function = decl.as(FunctionDeclSyntax.self) { declareFunction(function) }
        }
        let items = Array(file.statements)
        return items.enumerated().flatMap { index, item in
            lowerItem(item, isDisplayed: index == items.count - 1)
        }
    }

    func position(_ node: some SyntaxProtocol) -> SourcePosition {
        let location = node.startLocation(converter: converter)
        return SourcePosition(unit: unit, line: location.line, column: location.column)
    }

    mutating func report(_ message: String, at node: some SyntaxProtocol, missingName: String? = nil) {
        let diagnostic = ScriptDiagnostic(.error, message, at: position(node), missingName: missingName)
        // Once: an expression lowered again with a new context reports the same problem again.
        if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
        errorCount += 1
    }

    /// Whether `name` may be declared: the checks' names are the library's alone.
    mutating func mayDeclare(_ name: String, at node: some SyntaxProtocol) -> Bool {
        guard Builtins.checkNames.contains(name) else { return true }
        report(Message.reservedForChecks(name), at: node)
        return false
    }

    /// "cannot find 'x' in scope", with a suggestion when a known name is close.
    mutating func reportUnknownName(_ name: String, at node: some SyntaxProtocol) {
        guard !failedDeclarations.contains(name) else {
            errorCount += 1
            return
        }
        report(Message.unknownName(name, suggestion: suggestion(for: name)), at: node, missingName: name)
    }

    mutating func reportUnsupported(_ node: some SyntaxProtocol) {
        report(Message.unsupported(constructName(node)), at: node)
    }

    /// A variable by name, as `lookupVariable`. A closure capturing a
    /// constant made new in each loop iteration gets its own copy (Swift
    /// gives each iteration's closures that iteration's constant); capturing
    /// a per-iteration `var`, or one from further out, is refused at `node`.
    mutating func resolveVariable(_ name: String, at node: some SyntaxProtocol) -> Variable? {
        guard let variable = lookupVariable(name) else { return nil }
        guard case .captured(let depth, let slot) = variable.place, variable.isPerIteration else { return variable }
        guard depth == 1, !variable.isMutable, let closure = capturingFunction else {
            report(Message.perIterationCapture(name), at: node)
            return variable
        }
        let copy = locals.declareOutermost(name, type: variable.type)
        if case .local(let target) = copy.place { closure.snapshots.append((from: slot, to: target)) }
        return copy
    }

    /// A variable by name: a local, a captured local of an enclosing scope, or a global.
    func lookupVariable(_ name: String) -> Variable? {
        lookupLocalVariable(name) ?? globals.variables[name]
    }

    /// A local variable by name, or a captured local of an enclosing scope.
    func lookupLocalVariable(_ name: String) -> Variable? {
        if let local = locals.lookup(name) { return local }
        for (offset, scopes) in enclosing.reversed().enumerated() {
            guard var variable = scopes.lookup(name) else { continue }
            if case .local(let slot) = variable.place { variable.place = .captured(depth: offset + 1, slot: slot) }
            return variable
        }
        return nil
    }

    /// The names visible here, for "did you mean" suggestions.
    var visibleNames: [String] {
        locals.visibleNames + Array(globals.variables.keys) + Array(globals.functions.keys)
            + Array(Builtins.functions.keys) + ScriptType.knownNames
    }
}
