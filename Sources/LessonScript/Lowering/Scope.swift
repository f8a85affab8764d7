/// A variable the checker knows: where it lives, its type, and whether it is a `let`.
struct Variable {
    var place: Place
    var type: ScriptType
    var isMutable: Bool
    /// Declared inside a loop: Swift makes a new one each iteration.
    var isPerIteration = false
    /// A nested function held in this variable, called with its labels and defaults.
    var function: ScriptFunction?
}

/// What a session has declared so far, shared by all its blocks, as a value:
/// a block works on a copy, and the session keeps the copy only if the block
/// compiled and ran, so a failed block declares nothing.
struct GlobalScope {
    var variables: [String: Variable] = [:]
    var functions: [String: [ScriptFunction]] = [:]
    var structs: [String: StructDefinition] = [:]
    var slotCount = 0

    mutating func declareVariable(_ name: String, type: ScriptType, isMutable: Bool) -> Variable {
        let variable = Variable(place: .global(slotCount), type: type, isMutable: isMutable)
        slotCount += 1
        variables[name] = variable
        return variable
    }
}

/// The nested block scopes of the code being lowered, innermost last, and the
/// slots of the frame they live in.
struct LocalScopes {
    private var scopes: [[String: Variable]] = []
    private(set) var frameSize = 0

    var isEmpty: Bool { scopes.isEmpty }

    mutating func push() { scopes.append([:]) }
    mutating func pop() { scopes.removeLast() }

    func lookup(_ name: String) -> Variable? {
        for scope in scopes.reversed() {
            if let variable = scope[name] { return variable }
        }
        return nil
    }

    func isDeclaredInInnermost(_ name: String) -> Bool {
        scopes.last?[name] != nil
    }

    mutating func declare(_ name: String, type: ScriptType, isMutable: Bool, isPerIteration: Bool = false, function: ScriptFunction? = nil) -> Variable {
        let variable = Variable(place: .local(frameSize), type: type, isMutable: isMutable, isPerIteration: isPerIteration, function: function)
        frameSize += 1
        scopes[scopes.count - 1][name] = variable
        return variable
    }

    /// Declares a variable visible in the whole body, whatever scope is innermost.
    mutating func declareOutermost(_ name: String, type: ScriptType) -> Variable {
        let variable = Variable(place: .local(frameSize), type: type, isMutable: false)
        frameSize += 1
        scopes[0][name] = variable
        return variable
    }

    var visibleNames: [String] { scopes.flatMap(\.keys) }
}
