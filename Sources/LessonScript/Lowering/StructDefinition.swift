/// A struct declared in lesson code, as the checker knows it. A class: the
/// struct's members refer to it while it is being declared, and the session
/// keeps it for later blocks.
final class StructDefinition {
    struct Property {
        let name: String
        let type: ScriptType
        let isMutable: Bool
        /// `var x = 0`: given to every new value before its initializer runs.
        var initialValue: Expr?
    }

    let name: String
    var properties: [Property] = []
    /// Methods by base name; a `mutating` one is marked on its function.
    var methods: [String: [ScriptFunction]] = [:]
    /// Computed properties: a getter called with the value as `self`.
    var computed: [String: ScriptFunction] = [:]
    /// The initializers: the declared ones, or else the memberwise one Swift synthesizes.
    var initializers: [ScriptFunction] = []
    /// Conforms to the engine's `Module`: it has `parameters` and is called on a tensor.
    var isModule = false
    /// A module's `callAsFunction(_: Tensor) -> Tensor`, once its members are declared.
    var forward: ScriptFunction?

    init(name: String) {
        self.name = name
    }

    var type: ScriptType { .structure(name) }

    private(set) lazy var layout = StructLayout(name: name, fieldNames: properties.map(\.name), forward: isModule ? forward : nil)

    func propertyIndex(_ name: String) -> Int? {
        properties.firstIndex { $0.name == name }
    }
}
