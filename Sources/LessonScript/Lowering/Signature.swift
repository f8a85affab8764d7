/// The shape of a callable, user-declared or builtin: what overload resolution matches against.
struct Signature: Sendable {
    enum ParameterType: Equatable, Sendable {
        case exactly(ScriptType)
        /// Any value, as `print`'s items.
        case any
        /// Any module: one of the engine's layers or a lesson's `Module` struct (Swift's `some Module`).
        case module
    }

    struct Parameter: Sendable {
        /// The argument label, or nil for `_`.
        var label: String?
        var type: ParameterType
        var hasDefault = false
        var isVariadic = false
    }

    var parameters: [Parameter]
    var result: ScriptType

    /// Whether two declarations of one name would clash: same labels, same types.
    func hasSameParameters(as other: Signature) -> Bool {
        parameters.map(\.label) == other.parameters.map(\.label) && parameters.map(\.type) == other.parameters.map(\.type)
    }

    /// The Swift name of a function with this signature: `f(_:weight:)`.
    func fullName(_ base: String) -> String {
        base + "(" + parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
    }

    /// The declaration as a student would write it: `f(_: Double, weight: Double) -> Double`.
    func declaration(_ base: String) -> String {
        let parameters = parameters.map { parameter -> String in
            let type = switch parameter.type {
            case .exactly(let type): type.description
            case .any: "Any"
            case .module: "some Module"
            }
            return (parameter.label ?? "_") + ": " + type + (parameter.isVariadic ? "..." : "")
        }
        return base + "(" + parameters.joined(separator: ", ") + ")" + (result == .void ? "" : " -> \(result)")
    }
}
