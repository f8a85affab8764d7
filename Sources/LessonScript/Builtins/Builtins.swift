import Foundation

/// The registry of everything lesson code can use without an import.
enum Builtins {
    static let functions: [String: [Builtin]] = Dictionary(grouping: all, by: \.name)

    static let constants: [String: (value: Value, type: ScriptType)] = numberConstants.merging(datasetConstants) { first, _ in first }.merging(axisScaleConstants) { first, _ in first }

    private static let numberConstants: [String: (value: Value, type: ScriptType)] = [
        "Double.pi": (.double(.pi), .double),
        "Double.infinity": (.double(.infinity), .double),
        "Double.nan": (.double(.nan), .double),
        "Double.greatestFiniteMagnitude": (.double(.greatestFiniteMagnitude), .double),
        "Double.ulpOfOne": (.double(.ulpOfOne), .double),
        "Float.pi": (.float(.pi), .float),
        "Float.infinity": (.float(.infinity), .float),
        "Float.nan": (.float(.nan), .float),
        "Float.greatestFiniteMagnitude": (.float(.greatestFiniteMagnitude), .float),
        "Int.max": (.int(.max), .int),
        "Int.min": (.int(.min), .int),
    ]

    private static let all: [Builtin] = [print, progress] + conversions + math + floatMath + engineFunctions + moreEngineFunctions + datasetFunctions + figureFunctions + checkFunctions

    /// `print(_ items: Any..., separator: String = " ", terminator: String = "\n")`.
    private static let print = Builtin(
        "print",
        [
            .init(label: nil, type: .any, isVariadic: true),
            .init(label: "separator", type: .exactly(.string), hasDefault: true),
            .init(label: "terminator", type: .exactly(.string), hasDefault: true),
        ],
        .void,
        defaults: [1: .string(" "), 2: .string("\n")]
    ) { runtime, arguments in
        let items = arguments.dropLast(2).map(\.description)
        runtime.output += items.joined(separator: arguments[arguments.count - 2].string) + arguments[arguments.count - 1].string
        return .void
    }

    /// `progress(epoch, of: epochs)`: how far a long loop has come, for a
    /// terminal's status line; it changes nothing a lesson shows.
    private static let progress = Builtin(
        "progress", [.init(label: nil, type: .exactly(.int)), .init(label: "of", type: .exactly(.int))], .void
    ) { runtime, arguments throws(Builtin.Failure) in
        let (done, total) = (arguments[0].int, arguments[1].int)
        guard total > 0, (0...total).contains(done) else { throw Builtin.Failure(message: Message.progressRange(done, total)) }
        runtime.progress?(done, total)
        return .void
    }

    private static let conversions: [Builtin] = [
        Builtin("Double", .int, .double) { .double(Double($0.int)) },
        Builtin("Double", .double, .double) { $0 },
        Builtin("Int", .double, .int) { argument throws(Builtin.Failure) in .int(try truncated(argument.double, "Double")) },
        Builtin("Int", .int, .int) { $0 },
        Builtin("Int", .string, .optional(.int)) { Int($0.string).map { .some(.int($0)) } ?? .none },
        Builtin("Int", .float, .int) { argument throws(Builtin.Failure) in .int(try truncated(argument.float, "Float")) },
        Builtin("Float", .int, .float) { .float(Float($0.int)) },
        Builtin("Float", .double, .float) { .float(Float($0.double)) },
        Builtin("Float", .float, .float) { $0 },
        Builtin("Float", .string, .optional(.float)) { Float($0.string).map { .some(.float($0)) } ?? .none },
        Builtin("Double", .float, .double) { .double(Double($0.float)) },
        Builtin("Double", .string, .optional(.double)) { Double($0.string).map { .some(.double($0)) } ?? .none },
        Builtin("String", [.init(label: nil, type: .any)], .string) { _, arguments in
            .string(arguments[0].description)
        },
        Builtin("String", [.init(label: "repeating", type: .exactly(.string)), .init(label: "count", type: .exactly(.int))], .string) { runtime, arguments throws(Builtin.Failure) in
            let (text, count) = (arguments[0].string, arguments[1].int)
            guard count >= 0 else { throw Builtin.Failure(message: Message.negativeCount(count)) }
            let limit = runtime.limits.stringBytes
            guard count == 0 || text.utf8.count <= limit / count else { throw Builtin.Failure(message: Message.stringLimit(limit)) }
            return .string(String(repeating: text, count: count))
        },
    ]

    /// `Int(x)`: toward zero, an error where Swift traps (not finite, or out of Int's range).
    private static func truncated<T: BinaryFloatingPoint>(_ value: T, _ type: String) throws(Builtin.Failure) -> Int {
        guard let converted = Int(exactly: value.rounded(.towardZero)) else {
            throw Builtin.Failure(message: Message.floatingToInt(type, "\(value)", isFinite: value.isFinite))
        }
        return converted
    }

    /// Foundation's math functions have Float overloads too.
    private static let floatMath: [Builtin] = [
        .mathFloat("exp", Foundation.exp), .mathFloat("log", Foundation.log), .mathFloat("sqrt", Foundation.sqrt),
        .mathFloat("sin", Foundation.sin), .mathFloat("cos", Foundation.cos), .mathFloat("tanh", Foundation.tanh),
        .mathFloat("floor", Foundation.floor), .mathFloat("ceil", Foundation.ceil), .mathFloat("round", Foundation.round),
        .mathFloat("abs", Swift.abs),
        .binary("max", .float) { .float(Swift.max($0.float, $1.float)) },
        .binary("min", .float) { .float(Swift.min($0.float, $1.float)) },
        Builtin("pow", [.init(label: nil, type: .exactly(.float)), .init(label: nil, type: .exactly(.float))], .float) { _, arguments in
            .float(Foundation.pow(arguments[0].float, arguments[1].float))
        },
    ]

    private static let math: [Builtin] = [
        .math("exp", Foundation.exp), .math("log", Foundation.log), .math("log2", Foundation.log2),
        .math("log10", Foundation.log10), .math("sqrt", Foundation.sqrt), .math("sin", Foundation.sin),
        .math("cos", Foundation.cos), .math("tan", Foundation.tan), .math("tanh", Foundation.tanh),
        .math("atan", Foundation.atan), .math("floor", Foundation.floor), .math("ceil", Foundation.ceil),
        .math("round", Foundation.round), .math("abs", Swift.abs),
        Builtin("abs", .int, .int) { argument throws(Builtin.Failure) in
            let value = argument.int
            guard value != .min else { throw Builtin.Failure(message: Message.negationOverflow(value)) }
            return .int(Swift.abs(value))
        },
        Builtin("pow", [.init(label: nil, type: .exactly(.double)), .init(label: nil, type: .exactly(.double))], .double) { _, arguments in
            .double(Foundation.pow(arguments[0].double, arguments[1].double))
        },
        .binary("max", .int) { .int(Swift.max($0.int, $1.int)) },
        .binary("min", .int) { .int(Swift.min($0.int, $1.int)) },
        .binary("max", .double) { .double(Swift.max($0.double, $1.double)) },
        .binary("min", .double) { .double(Swift.min($0.double, $1.double)) },
    ]
}

extension Builtins {
    /// `Array(repeating:count:)`, typed by the lowering for any element type.
    static let repeating = Builtin("Array", [], .void) { _, arguments throws(Builtin.Failure) in
        let count = arguments[1].int
        guard count >= 0 else { throw Builtin.Failure(message: Message.negativeCount(count)) }
        guard count <= maximumArrayCount else { throw Builtin.Failure(message: Message.arrayLimit(maximumArrayCount)) }
        return .array(Array(repeating: arguments[0], count: count))
    }

    /// The most elements an array may be made with at once (`Array(repeating:count:)`, `Array(0..<n)`).
    static let maximumArrayCount = 1 << 24

    /// A string's characters, each a string of one: what `for c in text` and `Array(text)` go over.
    static let characters = Builtin("characters", [], .void) { _, arguments in
        .array(arguments[0].string.map { .string(String($0)) })
    }

    static let reversedArray = Builtin("reversed", [], .void) { _, arguments in
        .array(arguments[0].array.reversed())
    }

    /// `Array(a..<b)` and `Array(a...b)`; sizes are bounded as for `Array(repeating:count:)`.
    static let rangeArray = Builtin("Array", [], .void) { _, arguments throws(Builtin.Failure) in
        try rangeElements(arguments[0].int, arguments[1].int, isClosed: false)
    }

    static let closedRangeArray = Builtin("Array", [], .void) { _, arguments throws(Builtin.Failure) in
        try rangeElements(arguments[0].int, arguments[1].int, isClosed: true)
    }

    static let strideToArray = Builtin("stride", [], .void) { _, arguments throws(Builtin.Failure) in
        try strideElements(arguments, isInclusive: false)
    }

    static let strideThroughArray = Builtin("stride", [], .void) { _, arguments throws(Builtin.Failure) in
        try strideElements(arguments, isInclusive: true)
    }

    private static func strideElements(_ arguments: [Value], isInclusive: Bool) throws(Builtin.Failure) -> Value {
        var stride = StrideIterator(from: arguments[0], to: arguments[1], by: arguments[2], isInclusive: isInclusive)
        var elements: [Value] = []
        while let value = try stride.next() {
            guard elements.count < maximumArrayCount else { throw Builtin.Failure(message: Message.arrayLimit(maximumArrayCount)) }
            elements.append(value)
        }
        return .array(elements)
    }

    private static func rangeElements(_ lower: Int, _ upper: Int, isClosed: Bool) throws(Builtin.Failure) -> Value {
        guard lower <= upper else { throw Builtin.Failure(message: Message.invalidRange) }
        guard upper - lower < maximumArrayCount else { throw Builtin.Failure(message: Message.arrayLimit(maximumArrayCount)) }
        return .array((isClosed ? Array(lower...upper) : Array(lower..<upper)).map(Value.int))
    }

    /// Array `+`, typed by the lowering.
    static let arrayConcatenation = Builtin("+", [], .void) { _, arguments in
        .array(arguments[0].array + arguments[1].array)
    }
}
