import Tensors

/// Tensor methods beyond the first few (`Engine.swift`): shapes, reductions
/// along an axis, indexing, pooling. Each calls the engine's checked form, so
/// a mismatch is an error at the call; the spelling is the engine's own
/// non-throwing method, so lesson code compiles unchanged against it.
extension Builtins {
    /// A tensor method taking `parameters` (label, type, default) and giving `result`.
    private static func method(
        _ name: String, _ parameters: [(String?, ScriptType, Value?)] = [], _ result: ScriptType = .tensor,
        _ body: @escaping @Sendable (Tensor, [Value]) throws(TensorError) -> Value
    ) -> Method {
        let signature = Signature(parameters: parameters.map { .init(label: $0.0, type: .exactly($0.1), hasDefault: $0.2 != nil) }, result: result)
        var defaults: [Int: Value] = [:]
        for (index, parameter) in parameters.enumerated() { defaults[index] = parameter.2 }
        return Method(name: name, isProperty: false, isMutating: false, signature: { $0 == .tensor ? signature : nil }, defaults: defaults) { receiver, arguments throws(Builtin.Failure) in
            do throws(TensorError) {
                return try body(receiver.tensor, arguments)
            } catch {
                throw Builtin.Failure(message: error.message)
            }
        }
    }

    private static func ints(_ value: Value) -> [Int] { value.array.map(\.int) }

    private static let axis: (String?, ScriptType, Value?) = ("axis", .int, nil)
    private static let keepingAxis: (String?, ScriptType, Value?) = ("keepingAxis", .bool, .bool(false))

    static let moreTensorMethods: [Method] = [
        .property("rank", { $0 == .tensor ? .int : nil }) { receiver, _ in .int(receiver.tensor.rank) },
        method("reshaped", [("to", .array(.int), nil)]) { tensor, arguments throws(TensorError) in .wrap(try Tensor.reshaped(tensor, to: ints(arguments[0]))) },
        method("permuted", [(nil, .array(.int), nil)]) { tensor, arguments throws(TensorError) in .wrap(try Tensor.permuted(tensor, ints(arguments[0]))) },
        method("sum", [axis, keepingAxis]) { tensor, arguments throws(TensorError) in
            .wrap(try Tensor.sum(tensor, axis: arguments[0].int, keepingAxis: arguments[1].bool))
        },
        method("mean", [axis, keepingAxis]) { tensor, arguments throws(TensorError) in
            .wrap(try Tensor.mean(tensor, axis: arguments[0].int, keepingAxis: arguments[1].bool))
        },
        method("max", [axis, keepingAxis]) { tensor, arguments throws(TensorError) in
            .wrap(try Tensor.max(tensor, axis: arguments[0].int, keepingAxis: arguments[1].bool))
        },
        method("argmax", [axis]) { tensor, arguments throws(TensorError) in .wrap(try Tensor.argmax(tensor, axis: arguments[0].int)) },
        method("rows", [(nil, .array(.int), nil)]) { tensor, arguments throws(TensorError) in .wrap(try Tensor.rows(tensor, ints(arguments[0]))) },
        method("narrow", [axis, ("start", .int, nil), ("length", .int, nil)]) { tensor, arguments throws(TensorError) in
            .wrap(try Tensor.narrow(tensor, axis: arguments[0].int, start: arguments[1].int, length: arguments[2].int))
        },
        method("squeezed", [("axis", .optional(.int), Value.none)]) { tensor, arguments throws(TensorError) in
            let axis: Int? = if case .some(let value) = arguments[0] { value.int } else { nil }
            return .wrap(try Tensor.squeezed(tensor, axis: axis))
        },
        method("unsqueezed", [axis]) { tensor, arguments throws(TensorError) in .wrap(try Tensor.unsqueezed(tensor, axis: arguments[0].int)) },
        method("maxPool2d", [(nil, .int, nil), ("stride", .optional(.int), Value.none)]) { tensor, arguments throws(TensorError) in
            try pooled(tensor, arguments, max: true)
        },
        method("avgPool2d", [(nil, .int, nil), ("stride", .optional(.int), Value.none)]) { tensor, arguments throws(TensorError) in
            try pooled(tensor, arguments, max: false)
        },
        method("logSoftmax") { tensor, _ in .wrap(tensor.logSoftmax()) },
        method("sqrt") { tensor, _ in .wrap(tensor.sqrt()) },
        method("step") { tensor, _ in .wrap(tensor.step()) },
        method("swish") { tensor, _ in .wrap(tensor.swish()) },
        method("detached") { tensor, _ in .wrap(tensor.detached()) },
        method("pow", [(nil, .float, nil)]) { tensor, arguments in .wrap(tensor.pow(arguments[0].float)) },
        method("leakyReLU", [("slope", .float, .float(0.01))]) { tensor, arguments in .wrap(tensor.leakyReLU(slope: arguments[0].float)) },
    ]

    private static func pooled(_ tensor: Tensor, _ arguments: [Value], max: Bool) throws(TensorError) -> Value {
        let size = arguments[0].int
        let stride: Int? = if case .some(let value) = arguments[1] { value.int } else { nil }
        guard size >= 1, (stride ?? 1) >= 1 else { throw TensorError("pooling: size \(size) and stride \(stride ?? size) must be from 1 up") }
        return .wrap(max ? try Tensor.maxPool2d(tensor, size, stride: stride) : try Tensor.avgPool2d(tensor, size, stride: stride))
    }
}
