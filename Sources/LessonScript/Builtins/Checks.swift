import Tensors

/// The checks library: `expect`, `expectEqual` and `expectClose`. One that
/// does not hold is recorded at its call, where lesson code cannot reach it,
/// and the block goes on, as a test does; the lesson decides what it means
/// (a failed exercise, or an error). Calls always reach these builtins:
/// lesson code may not declare the names.
///
/// ```swift
/// expectEqual(update([0, 0], x: [1, 1], d: 1, y: 0, eta: 0.5), [0.5, 0.5])
/// expectClose(sigmoid(0), 0.5, tolerance: 1e-9)
/// expect(loss < 0.01, "XOR is learned")
/// ```
extension Builtins {
    static let checkNames: Set<String> = ["expect", "expectEqual", "expectClose"]

    static let checkFunctions: [Builtin] = [condition] + equalities + closeness + [fatalError]

    /// Records a check that did not hold, at the call.
    private static func check(_ name: String, _ parameters: [Signature.Parameter], defaults: [Int: Value] = [:],
                              _ verdict: @escaping @Sendable ([Value]) -> String?) -> Builtin {
        Builtin(calling: name, parameters, .void, defaults: defaults) { caller, arguments in
            if let problem = verdict(arguments) {
                caller.runtime.checkFailures.append(ScriptDiagnostic(.error, problem, at: caller.position))
            }
            return .void
        }
    }

    private static func two(_ type: ScriptType) -> [Signature.Parameter] {
        [.init(label: nil, type: .exactly(type)), .init(label: nil, type: .exactly(type))]
    }

    /// `expect(condition, "what should hold")`.
    private static let condition = check("expect", [.init(label: nil, type: .exactly(.bool)), .init(label: nil, type: .exactly(.string), hasDefault: true)],
                                         defaults: [1: .string("")]) { arguments in
        arguments[0].bool ? nil : Message.expectFailed(arguments[1].string)
    }

    /// The types `expectEqual` compares: Swift's `Equatable` ones of the subset (optionals
    /// too, as `expectEqual(index, nil)`), and tensors (shape and every scalar).
    private static let equatableTypes: [ScriptType] = {
        let scalars: [ScriptType] = [.int, .double, .float, .bool, .string]
        return scalars + scalars.map(ScriptType.array) + scalars.map(ScriptType.optional)
            + [.array(.array(.int)), .array(.array(.double)), .array(.array(.float)), .tensor]
    }()

    private static let equalities: [Builtin] = equatableTypes.map { type in
        check("expectEqual", two(type)) { arguments in
            let (actual, expected) = (arguments[0], arguments[1])
            let isEqual = type == .tensor
                ? actual.tensor.shape == expected.tensor.shape && actual.tensor.scalars == expected.tensor.scalars
                : actual == expected
            return isEqual ? nil : Message.notEqual(actual.displayDescription, expected.displayDescription)
        }
    }

    /// `expectClose(actual, expected, tolerance:)`: every number within `tolerance` (absolute) of the expected one.
    private static let closeness: [Builtin] = [
        (ScriptType.double, 1e-9), (.float, 1e-5), (.array(.double), 1e-9), (.array(.float), 1e-5), (.tensor, 1e-5),
    ].map { type, tolerance in
        check("expectClose", two(type) + [.init(label: "tolerance", type: .exactly(.double), hasDefault: true)],
              defaults: [2: .double(tolerance)]) { arguments in
            closeness(arguments[0], arguments[1], tolerance: arguments[2].double)
        }
    }

    private static func numbers(_ value: Value) -> (shape: [Int], values: [Double]) {
        switch value {
        case .double(let number): ([], [number])
        case .float(let number): ([], [Double(number)])
        case .tensor(let reference): (reference.tensor.shape, reference.tensor.scalars.map(Double.init))
        default: ([value.array.count], value.array.map { if case .float(let x) = $0 { Double(x) } else { $0.double } })
        }
    }

    private static func closeness(_ actual: Value, _ expected: Value, tolerance: Double) -> String? {
        let (got, wanted) = (numbers(actual), numbers(expected))
        guard got.shape == wanted.shape else {
            return Message.shapesDiffer(actual.displayDescription, expected.displayDescription, got.shape, wanted.shape)
        }
        for index in got.values.indices where !(abs(got.values[index] - wanted.values[index]) <= tolerance) {
            // A scalar names its value; an array or tensor the first element off.
            let place = got.shape.isEmpty ? nil : index
            return Message.notClose(got.values[index], wanted.values[index], tolerance: tolerance, at: place)
        }
        return nil
    }

    /// `fatalError(message)`: stops the program, as Swift's does; an unfinished exercise's stub calls it.
    private static let fatalError = Builtin(
        calling: "fatalError", [.init(label: nil, type: .exactly(.string), hasDefault: true)], .void, defaults: [0: .string("")], neverReturns: true
    ) { caller, arguments throws(ScriptFailure) in
        throw caller.failure(Message.fatalError(arguments[0].string))
    }
}
