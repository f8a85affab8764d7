/// The value of a block's trailing expression, as a page and a tool see
/// it: Swift's text for it, its type, and its structure as JSON (a tensor
/// also as a shape and scalars, for its table).
public struct DisplayedValue: Sendable, Hashable, Codable {
    /// What Playgrounds would show: `3.5`, `"hi"`, `[1, 2]`.
    public var text: String
    /// The value's Swift type: `Double`, `[Int]`, `(x: Int, y: Int)`, `Tensor`.
    public var type: String
    public var data: JSONValue
    public var tensor: DisplayedTensor?

    init(_ value: Value, type: ScriptType) {
        text = value.displayDescription
        self.type = type.description
        data = JSONValue(value)
        if case .tensor(let reference) = value {
            tensor = DisplayedTensor(shape: reference.tensor.shape, scalars: reference.tensor.scalars)
        }
    }
}

public struct DisplayedTensor: Sendable, Hashable, Codable {
    public var shape: [Int]
    public var scalars: [Float]
}

/// A value as JSON: numbers, strings, booleans, arrays (a tuple's elements
/// too), objects (a struct's fields), null (nil). A tensor is `{"shape",
/// "scalars"}`, a dictionary a list of `[key, value]` pairs (its keys need
/// not be strings), and a number that is not finite the string `nan`, `inf`
/// or `-inf`, which JSON has no numbers for.
public indirect enum JSONValue: Sendable, Hashable, Codable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(_ value: Value) {
        switch value {
        case .int(let number): self = .integer(number)
        case .double(let number): self = JSONValue(number: number)
        case .float(let number): self = JSONValue(number: Double(number))
        case .bool(let flag): self = .bool(flag)
        case .string(let text): self = .string(text)
        case .array(let elements), .tuple(let elements, _): self = .array(elements.map(JSONValue.init))
        case .some(let wrapped): self = JSONValue(wrapped)
        case .none, .void: self = .null
        case .tensor(let reference):
            let tensor = reference.tensor
            self = .object(["shape": .array(tensor.shape.map(JSONValue.integer)), "scalars": .array(tensor.scalars.map { JSONValue(number: Double($0)) })])
        case .structure(let structure):
            self = .object(Dictionary(uniqueKeysWithValues: zip(structure.layout.fieldNames, structure.fields.map(JSONValue.init))))
        case .dictionary(let dictionary):
            self = .array(dictionary.pairs.map { pair in
                guard case .tuple(let parts, _) = pair else { return .null }
                return .array(parts.map(JSONValue.init))
            })
        case .closure, .object: self = .string(value.description)
        }
    }

    private init(number: Double) {
        switch number {
        case .infinity: self = .string("inf")
        case -.infinity: self = .string("-inf")
        case _ where number.isNaN: self = .string("nan")
        default: self = .number(number)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let flag): try container.encode(flag)
        case .integer(let number): try container.encode(number)
        case .number(let number): try container.encode(number)
        case .string(let text): try container.encode(text)
        case .array(let elements): try container.encode(elements)
        case .object(let fields): try container.encode(fields)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let flag = try? container.decode(Bool.self) { self = .bool(flag) }
        else if let number = try? container.decode(Int.self) { self = .integer(number) }
        else if let number = try? container.decode(Double.self) { self = .number(number) }
        else if let text = try? container.decode(String.self) { self = .string(text) }
        else if let elements = try? container.decode([JSONValue].self) { self = .array(elements) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }
}
