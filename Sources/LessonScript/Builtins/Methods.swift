/// Methods and properties of values, by name. Array methods are generic over
/// the element type, so each one gives its signature for a receiver type.
struct Method: Sendable {
    typealias Body = @Sendable (inout Value, [Value]) throws(Builtin.Failure) -> Value

    let name: String
    let isProperty: Bool
    let isMutating: Bool
    /// The signature on a receiver of a type, or nil when the method does not apply to it.
    let signature: @Sendable (ScriptType) -> Signature?
    /// Values of defaulted parameters, by parameter index.
    var defaults: [Int: Value] = [:]
    let body: Body

    init(name: String, isProperty: Bool, isMutating: Bool, signature: @escaping @Sendable (ScriptType) -> Signature?,
         defaults: [Int: Value] = [:], body: @escaping Body) {
        self.name = name
        self.isProperty = isProperty
        self.isMutating = isMutating
        self.signature = signature
        self.defaults = defaults
        self.body = body
    }

    static func property(_ name: String, _ result: @escaping @Sendable (ScriptType) -> ScriptType?, _ body: @escaping Body) -> Method {
        Method(name: name, isProperty: true, isMutating: false, signature: { receiver in
            result(receiver).map { Signature(parameters: [], result: $0) }
        }, body: body)
    }
}

func parameter(_ label: String?, _ type: ScriptType) -> Signature.Parameter {
    .init(label: label, type: .exactly(type))
}

extension Builtins {
    static let methods: [String: [Method]] = Dictionary(grouping: arrayMethods + arrayMutations + dictionaryMethods + stringMethods + numberMethods + tensorMethods + moreTensorMethods + optimizerMethods + layerMethods + recurrentMethods, by: \.name)

    private static let arrayMethods: [Method] = [
        .property("count", { if case .array = $0 { .int } else if $0 == .string { .int } else { nil } }) { receiver, _ in
            if case .string(let text) = receiver { return .int(text.count) }
            return .int(receiver.array.count)
        },
        .property("isEmpty", { if case .array = $0 { .bool } else if $0 == .string { .bool } else { nil } }) { receiver, _ in
            if case .string(let text) = receiver { return .bool(text.isEmpty) }
            return .bool(receiver.array.isEmpty)
        },
        .property("first", { if case .array(let element) = $0 { .optional(element) } else { nil } }) { receiver, _ in
            receiver.array.first.map(Value.some) ?? .none
        },
        .property("last", { if case .array(let element) = $0 { .optional(element) } else { nil } }) { receiver, _ in
            receiver.array.last.map(Value.some) ?? .none
        },
        Method(name: "min", isProperty: false, isMutating: false, signature: { receiver in
            guard case .array(let element) = receiver, element.isOrdered else { return nil }
            return Signature(parameters: [], result: .optional(element))
        }) { receiver, _ in receiver.array.min(by: Value.isOrderedBefore).map(Value.some) ?? .none },
        Method(name: "max", isProperty: false, isMutating: false, signature: { receiver in
            guard case .array(let element) = receiver, element.isOrdered else { return nil }
            return Signature(parameters: [], result: .optional(element))
        }) { receiver, _ in receiver.array.max(by: Value.isOrderedBefore).map(Value.some) ?? .none },
        Method(name: "firstIndex", isProperty: false, isMutating: false, signature: { receiver in
            guard case .array(let element) = receiver, element.isEquatable else { return nil }
            return Signature(parameters: [parameter("of", element)], result: .optional(.int))
        }) { receiver, arguments in receiver.array.firstIndex(of: arguments[0]).map { .some(.int($0)) } ?? .none },
        Method(name: "contains", isProperty: false, isMutating: false, signature: { receiver in
            guard case .array(let element) = receiver, element.isEquatable else { return nil }
            return Signature(parameters: [parameter(nil, element)], result: .bool)
        }) { receiver, arguments in .bool(receiver.array.contains(arguments[0])) },
        Method(name: "joined", isProperty: false, isMutating: false, signature: { receiver in
            receiver == .array(.string) ? Signature(parameters: [parameter("separator", .string)], result: .string) : nil
        }) { receiver, arguments in .string(receiver.array.map(\.string).joined(separator: arguments[0].string)) },
        Method(name: "joined", isProperty: false, isMutating: false, signature: { receiver in
            receiver == .array(.string) ? Signature(parameters: [], result: .string) : nil
        }) { receiver, _ in .string(receiver.array.map(\.string).joined()) },
        Method(name: "sorted", isProperty: false, isMutating: false, signature: { receiver in
            guard case .array(let element) = receiver, element.isOrdered else { return nil }
            return Signature(parameters: [], result: receiver)
        }) { receiver, _ in .array(receiver.array.sorted(by: Value.isOrderedBefore)) },
    ]

    private static let stringMethods: [Method] = [
        Method(name: "uppercased", isProperty: false, isMutating: false, signature: { $0 == .string ? Signature(parameters: [], result: .string) : nil }) { receiver, _ in
            .string(receiver.string.uppercased())
        },
        Method(name: "lowercased", isProperty: false, isMutating: false, signature: { $0 == .string ? Signature(parameters: [], result: .string) : nil }) { receiver, _ in
            .string(receiver.string.lowercased())
        },
        Method(name: "hasPrefix", isProperty: false, isMutating: false, signature: { $0 == .string ? Signature(parameters: [parameter(nil, .string)], result: .bool) : nil }) { receiver, arguments in
            .bool(receiver.string.hasPrefix(arguments[0].string))
        },
        Method(name: "hasSuffix", isProperty: false, isMutating: false, signature: { $0 == .string ? Signature(parameters: [parameter(nil, .string)], result: .bool) : nil }) { receiver, arguments in
            .bool(receiver.string.hasSuffix(arguments[0].string))
        },
    ]

    private static let numberMethods: [Method] = floatMethods + [
        Method(name: "squareRoot", isProperty: false, isMutating: false, signature: { $0 == .double ? Signature(parameters: [], result: .double) : nil }) { receiver, _ in
            .double(receiver.double.squareRoot())
        },
        Method(name: "rounded", isProperty: false, isMutating: false, signature: { $0 == .double ? Signature(parameters: [], result: .double) : nil }) { receiver, _ in
            .double(receiver.double.rounded())
        },
        .property("magnitude", { $0 == .double ? .double : nil }) { receiver, _ in .double(receiver.double.magnitude) },
        .property("isNaN", { $0 == .double ? .bool : nil }) { receiver, _ in .bool(receiver.double.isNaN) },
        .property("isFinite", { $0 == .double ? .bool : nil }) { receiver, _ in .bool(receiver.double.isFinite) },
        Method(name: "isMultiple", isProperty: false, isMutating: false, signature: { $0 == .int ? Signature(parameters: [parameter("of", .int)], result: .bool) : nil }) { receiver, arguments in
            .bool(receiver.int.isMultiple(of: arguments[0].int))
        },
    ]
}

extension Builtins {
    /// Float's members, as Double's.
    fileprivate static let floatMethods: [Method] = [
        Method(name: "squareRoot", isProperty: false, isMutating: false, signature: { $0 == .float ? Signature(parameters: [], result: .float) : nil }) { receiver, _ in
            .float(receiver.float.squareRoot())
        },
        Method(name: "rounded", isProperty: false, isMutating: false, signature: { $0 == .float ? Signature(parameters: [], result: .float) : nil }) { receiver, _ in
            .float(receiver.float.rounded())
        },
        .property("magnitude", { $0 == .float ? .float : nil }) { receiver, _ in .float(receiver.float.magnitude) },
        .property("isNaN", { $0 == .float ? .bool : nil }) { receiver, _ in .bool(receiver.float.isNaN) },
        .property("isFinite", { $0 == .float ? .bool : nil }) { receiver, _ in .bool(receiver.float.isFinite) },
    ]
}

extension Value {
    /// The order of `sorted()` for Int, Double and String elements.
    static func isOrderedBefore(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): x < y
        case (.double(let x), .double(let y)): x < y
        case (.float(let x), .float(let y)): x < y
        case (.string(let x), .string(let y)): x < y
        default: false
        }
    }
}
