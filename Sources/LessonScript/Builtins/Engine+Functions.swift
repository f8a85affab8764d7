import Tensors

/// The engine's free functions and static constructors in lesson code:
/// `concatenate`, `stack`, `conv2d`, `oneHot`, `attention`, `shuffled`,
/// `evaluating { … }` and kin, spelled as the engine spells them.
extension Builtins {
    /// An engine call whose error becomes an error at the call.
    private static func engine(_ body: () throws(TensorError) -> Value) throws(Builtin.Failure) -> Value {
        do {
            return try body()
        } catch {
            throw Builtin.Failure(message: error.message)
        }
    }

    private static func parameter(_ label: String?, _ type: ScriptType, hasDefault: Bool = false) -> Signature.Parameter {
        .init(label: label, type: .exactly(type), hasDefault: hasDefault)
    }

    private static let tensors = parameter(nil, .array(.tensor))
    private static let axis = parameter("axis", .int, hasDefault: true)
    private static let stride = parameter("stride", .int, hasDefault: true)
    private static let padding = parameter("padding", .int, hasDefault: true)

    /// The most elements a tensor made at once may have (as `Tensor.zeros`).
    private static func checkSize(_ name: String, _ shape: [Int]) throws(Builtin.Failure) {
        guard shape.allSatisfy({ $0 >= 0 }), shape.reduce(1, { $0.multipliedReportingOverflow(by: $1).overflow ? .max : $0 * $1 }) <= 1 << 26 else {
            throw Builtin.Failure(message: "\(name): shape \(shape) is not a list of sizes from 0 up, at most 67,108,864 elements in all")
        }
    }

    static let moreEngineFunctions: [Builtin] = [
        Builtin("Tensor.full", [parameter(nil, .array(.int)), parameter(nil, .float), parameter("requiresGrad", .bool, hasDefault: true)], .tensor,
                defaults: [2: .bool(false)]) { _, arguments throws(Builtin.Failure) in
            let shape = arguments[0].array.map(\.int)
            try checkSize("Tensor.full", shape)
            return .wrap(Tensor.full(shape, arguments[1].float, requiresGrad: arguments[2].bool))
        },
        Builtin("Tensor.uniform", [parameter(nil, .array(.int)), parameter("low", .float, hasDefault: true), parameter("high", .float, hasDefault: true),
                                   parameter("requiresGrad", .bool, hasDefault: true)], .tensor,
                defaults: [1: .float(0), 2: .float(1), 3: .bool(false)]) { _, arguments throws(Builtin.Failure) in
            let shape = arguments[0].array.map(\.int)
            try checkSize("Tensor.uniform", shape)
            return .wrap(Tensor.uniform(shape, low: arguments[1].float, high: arguments[2].float, requiresGrad: arguments[3].bool))
        },
        Builtin("concatenate", [tensors, axis], .tensor, defaults: [1: .int(0)]) { _, arguments throws(Builtin.Failure) in
            try engine { () throws(TensorError) in .wrap(try Tensor.concatenate(arguments[0].array.map(\.tensor), axis: arguments[1].int)) }
        },
        Builtin("stack", [tensors, axis], .tensor, defaults: [1: .int(0)]) { _, arguments throws(Builtin.Failure) in
            try engine { () throws(TensorError) in .wrap(try Tensor.stack(arguments[0].array.map(\.tensor), axis: arguments[1].int)) }
        },
        Builtin("conv2d", [parameter(nil, .tensor), parameter(nil, .tensor), stride, padding], .tensor, defaults: [2: .int(1), 3: .int(0)]) { _, arguments throws(Builtin.Failure) in
            try engine { () throws(TensorError) in
                .wrap(try Tensor.conv2d(arguments[0].tensor, arguments[1].tensor, stride: arguments[2].int, padding: arguments[3].int))
            }
        },
        Builtin("conv1d", [parameter(nil, .tensor), parameter(nil, .tensor), stride, padding], .tensor, defaults: [2: .int(1), 3: .int(0)]) { _, arguments throws(Builtin.Failure) in
            try engine { () throws(TensorError) in
                .wrap(try Tensor.conv1d(arguments[0].tensor, arguments[1].tensor, stride: arguments[2].int, padding: arguments[3].int))
            }
        },
        Builtin("oneHot", [parameter(nil, .tensor), parameter("classes", .int)], .tensor) { _, arguments throws(Builtin.Failure) in
            let (labels, classes) = (arguments[0].tensor, arguments[1].int)
            try checkSize("oneHot", [Swift.max(classes, 0), labels.count])
            guard classes >= 1 else { throw Builtin.Failure(message: "oneHot: classes must be from 1 up; got \(classes)") }
            return .wrap(oneHot(labels, classes: classes))
        },
        Builtin("attention", [parameter("query", .tensor), parameter("keys", .tensor), parameter("values", .tensor)],
                .tuple([.tensor, .tensor], labels: ["output", "weights"])) { _, arguments throws(Builtin.Failure) in
            try engine { () throws(TensorError) in
                let (output, weights) = try Tensor.attention(query: arguments[0].tensor, keys: arguments[1].tensor, values: arguments[2].tensor)
                return .tuple([.wrap(output), .wrap(weights)], labels: ["output", "weights"])
            }
        },
        Builtin("shuffled", .int, .array(.int)) { argument throws(Builtin.Failure) in
            let count = argument.int
            guard (0...maximumArrayCount).contains(count) else { throw Builtin.Failure(message: "shuffled: \(count) is not a count from 0 to \(maximumArrayCount)") }
            return .array(shuffled(count).map(Value.int))
        },
        Builtin("manualSeed", .int, .void) { argument in
            manualSeed(argument.int)
            return .void
        },
        Builtin("clipGradNorm", [parameter(nil, .array(.tensor)), parameter("maxNorm", .float)], .float) { _, arguments in
            .float(clipGradNorm(arguments[0].array.map(\.tensor), maxNorm: arguments[1].float))
        },
    ] + modeFunctions

    static let scopedModes: Set<String> = ["evaluating", "noGrad"]

    /// `evaluating { … }` (no gradients, no dropout: `model.eval()` with
    /// `torch.no_grad()`) and `noGrad { … }`: what the closure gives, which
    /// the lowering types from the closure (as Swift's generic functions are).
    private static let modeFunctions: [Builtin] = scopedModes.sorted().map { name in
        Builtin(calling: name, [parameter(nil, .function([], .void))], .void) { caller, arguments throws(ScriptFailure) in
            let body = { () throws(ScriptFailure) in try caller.call(arguments[0], []) }
            return name == "evaluating" ? try evaluating(body) : try noGrad(body)
        }
    }
}
