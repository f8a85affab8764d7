/// The static type of a lesson expression. Swift's rules hold: Int and Double
/// never mix without a conversion.
public indirect enum ScriptType: Hashable, Sendable, CustomStringConvertible {
    case int, double, float, bool, string, void
    /// One character of a string (held as a string of one character).
    case character
    case array(ScriptType)
    case dictionary(ScriptType, ScriptType)
    /// A tuple's element types and labels (nil where unlabeled).
    case tuple([ScriptType], labels: [String?])
    case optional(ScriptType)
    case function([ScriptType], ScriptType)
    /// The engine's tensor: a reference, as in PyTorch.
    case tensor
    /// An engine object by its type name, such as an optimizer: `SGD`, `Adam`.
    case object(String)
    /// A struct declared in lesson code, by name (unique in a session).
    case structure(String)

    /// The type's Swift spelling, as Swift's own diagnostics show it.
    public var description: String {
        switch self {
        case .int: "Int"
        case .double: "Double"
        case .float: "Float"
        case .bool: "Bool"
        case .string: "String"
        case .character: "Character"
        case .void: "()"
        case .array(let element): "[\(element)]"
        case .dictionary(let key, let value): "[\(key): \(value)]"
        case .tuple(let elements, let labels):
            "(" + zip(labels, elements).map { label, type in label.map { "\($0): \(type)" } ?? type.description }
                .joined(separator: ", ") + ")"
        case .optional(let wrapped): "\(wrapped)?"
        case .function(let parameters, let result): "(" + parameters.map(\.description).joined(separator: ", ") + ") -> \(result)"
        case .tensor: "Tensor"
        case .object(let name), .structure(let name): name
        }
    }

    /// Whether values of the type can be compared with == (and ordered, for `isOrdered`).
    var isEquatable: Bool {
        switch self {
        case .int, .double, .float, .bool, .string, .character: true
        case .array(let element): element.isEquatable
        case .dictionary(_, let value): value.isEquatable
        case .tuple(let elements, _): elements.allSatisfy(\.isEquatable)
        case .optional(let wrapped): wrapped.isEquatable
        case .function, .tensor, .object, .structure, .void: false
        }
    }

    /// The type a Swift type name refers to, for the names the subset knows.
    init?(named name: String) {
        switch name {
        case "Int": self = .int
        case "Double": self = .double
        case "Float": self = .float
        case "Tensor": self = .tensor
        case "SGD", "Adam", "Optimizer": self = .object(name)
        case _ where ScriptType.layerNames.contains(name): self = .object(name)
        case "Bool": self = .bool
        case "String": self = .string
        case "Character": self = .character
        case "Void": self = .void
        default: return nil
        }
    }

    /// Types that can be a dictionary's keys.
    var isHashable: Bool {
        switch self {
        case .int, .double, .float, .bool, .string, .character: true
        default: false
        }
    }

    var isNumeric: Bool { self == .int || isFloatingPoint }
    var isFloatingPoint: Bool { self == .double || self == .float }
    /// Types whose values have an order (`<`, `sorted()`, range patterns).
    var isOrdered: Bool { self == .string || self == .character || isNumeric }
}

extension ScriptType {
    static let knownNames = ["Int", "Double", "Float", "Bool", "String", "Character", "Tensor", "SGD", "Adam", "Optimizer"] + layerNames

    /// The engine's optimizers, and the protocol they share (`Optimizer`, as a parameter's type).
    static let optimizerNames = ["SGD", "Adam", "Optimizer"]

    var isOptimizer: Bool { ScriptType.optimizerNames.contains(objectName) }

    /// Whether a value of this type may be passed where `wanted` is asked for:
    /// the same type, or an optimizer where the `Optimizer` protocol is.
    func isPassable(as wanted: ScriptType) -> Bool {
        self == wanted || (wanted == .object("Optimizer") && isOptimizer)
    }

    /// The engine's layers: values that are called on a tensor and have parameters.
    static let layerNames = ["Linear", "Sigmoid", "Tanh", "ReLU", "LeakyReLU", "Swish", "Softmax", "Flatten",
                             "Embedding", "RNN", "GRU", "LSTM", "RNNCell", "GRUCell", "LSTMCell", "RecurrentWeights",
                             "Conv2D", "MaxPool2D", "AvgPool2D", "Dropout", "Sequential"]

    var isFunction: Bool {
        if case .function = self { return true }
        return false
    }

    /// Values that can be called: functions, layers, and structs (through `callAsFunction`).
    var isCallable: Bool {
        switch self {
        case .function, .structure: true
        default: isLayer
        }
    }

    var isLayer: Bool {
        if case .object(let name) = self { return ScriptType.layerNames.contains(name) }
        return false
    }

    /// Standard Swift types the subset does not have yet: naming one is
    /// "not supported", not "cannot find".
    static let unsupportedNames: Set<String> = [
        "Float32", "Float64", "UInt", "Int8", "Int16", "Int32", "Int64",
        "UInt8", "UInt16", "UInt32", "UInt64", "Array", "Dictionary", "Set", "Optional", "Any",
        "AnyObject", "Substring", "Range", "ClosedRange", "Never",
    ]
}
