/// A value at run time. The checker has already proved every value's type,
/// so the evaluator reads payloads without testing tags again.
public enum Value: Sendable, Hashable {
    case int(Int)
    case double(Double)
    case float(Float)
    case bool(Bool)
    case string(String)
    case array([Value])
    /// A tuple keeps its labels, because Swift prints them: `(x: 1, y: 2)`.
    case tuple([Value], labels: [String?])
    /// An optional: `.some` holds the wrapped value, as Swift prints `Optional(3)`.
    indirect case some(Value)
    case none
    case closure(Closure)
    case tensor(TensorReference)
    case object(ObjectReference)
    case structure(StructValue)
    // Boxed: its three buffers would otherwise make every Value a third larger.
    indirect case dictionary(DictionaryValue)
    case void

    /// The text `print` writes for the value: Swift's own `description`.
    public var description: String {
        switch self {
        case .int(let value): String(value)
        case .double(let value): String(describing: value)
        case .float(let value): String(describing: value)
        case .bool(let value): String(value)
        case .string(let value): value
        case .array(let elements): "[" + elements.map(\.nestedDescription).joined(separator: ", ") + "]"
        case .tuple(let elements, let labels):
            "(" + zip(labels, elements).map { label, value in (label.map { "\($0): " } ?? "") + value.nestedDescription }
                .joined(separator: ", ") + ")"
        case .some(let wrapped): "Optional(\(wrapped.nestedDescription))"
        case .none: "nil"
        case .closure: "(Function)"
        case .tensor(let reference): reference.tensor.description
        case .object(let reference): reference.name
        case .structure(let value): value.description
        case .dictionary(let value): value.description
        case .void: "()"
        }
    }

    /// The text shown for a block's trailing expression: like `description`,
    /// but strings are quoted and escaped, as Playgrounds show them.
    public var displayDescription: String {
        if case .string(let value) = self { return value.debugDescription }
        return description
    }

    /// The text of a value shown inside another (an array's element, a
    /// tuple's, a property): strings quoted as Swift's `debugDescription`
    /// shows them, and structs qualified by their module, as Swift does.
    var nestedDescription: String {
        if case .structure(let value) = self { return StructLayout.moduleName + "." + value.description }
        return displayDescription
    }

    var int: Int {
        guard case .int(let value) = self else { preconditionFailure("checker: expected Int, got \(self)") }
        return value
    }

    var double: Double {
        guard case .double(let value) = self else { preconditionFailure("checker: expected Double, got \(self)") }
        return value
    }

    var float: Float {
        guard case .float(let value) = self else { preconditionFailure("checker: expected Float, got \(self)") }
        return value
    }

    var bool: Bool {
        guard case .bool(let value) = self else { preconditionFailure("checker: expected Bool, got \(self)") }
        return value
    }

    var string: String {
        guard case .string(let value) = self else { preconditionFailure("checker: expected String, got \(self)") }
        return value
    }

    var array: [Value] {
        guard case .array(let value) = self else { preconditionFailure("checker: expected an array, got \(self)") }
        return value
    }
}
