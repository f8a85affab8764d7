import Tensors

/// The engine's layers in lesson code: built by their initializers, called
/// on a tensor (`model(x)`), with their `parameters`.
extension Builtins {
    private static func layer(_ name: String, _ parameters: [Signature.Parameter] = [], defaults: [Int: Value] = [:],
                              _ make: @escaping @Sendable ([Value]) throws(Builtin.Failure) -> any Module) -> Builtin {
        Builtin(name, parameters, .object(name), defaults: defaults) { _, arguments throws(Builtin.Failure) in
            .object(ObjectReference(try make(arguments), name: name))
        }
    }

    private static func int(_ label: String?, default value: Int? = nil) -> Signature.Parameter {
        .init(label: label, type: .exactly(.int), hasDefault: value != nil)
    }

    /// A layer's sizes, each from its least value up, and the weights they make no larger than a tensor may be.
    private static func sizes(_ layer: String, _ sizes: [(name: String, value: Int, least: Int)], weights: [Int] = []) throws(Builtin.Failure) {
        for size in sizes where size.value < size.least {
            throw Builtin.Failure(message: Message.layerSize(layer, size.name, size.value, least: size.least))
        }
        let count = weights.reduce(1) { $0.multipliedReportingOverflow(by: $1).overflow ? .max : $0 * $1 }
        guard count <= 1 << 26 else { throw Builtin.Failure(message: Message.layerTooLarge(layer, weights)) }
    }

    static let layerConstructors: [Builtin] = [
        layer("Linear", [int(nil), int(nil)]) { arguments throws(Builtin.Failure) in
            let (inputs, outputs) = (arguments[0].int, arguments[1].int)
            try sizes("Linear", [("inputs", inputs, 1), ("outputs", outputs, 1)], weights: [inputs, outputs])
            return Linear(inputs, outputs)
        },
        layer("Sigmoid") { _ in Sigmoid() },
        layer("Tanh") { _ in Tanh() },
        layer("ReLU") { _ in ReLU() },
        layer("LeakyReLU", [.init(label: "slope", type: .exactly(.float), hasDefault: true)], defaults: [0: .float(0.01)]) {
            LeakyReLU(slope: $0[0].float)
        },
        layer("Swish") { _ in Swish() },
        layer("Softmax") { _ in Softmax() },
        layer("Flatten") { _ in Flatten() },
        layer("Conv2D", [int(nil), int(nil), int("kernelSize"), int("stride", default: 1), int("padding", default: 0)],
              defaults: [3: .int(1), 4: .int(0)]) { arguments throws(Builtin.Failure) in
            let (inputs, outputs, kernel) = (arguments[0].int, arguments[1].int, arguments[2].int)
            let (stride, padding) = (arguments[3].int, arguments[4].int)
            try sizes("Conv2D", [("input channels", inputs, 1), ("output channels", outputs, 1), ("kernelSize", kernel, 1),
                                 ("stride", stride, 1), ("padding", padding, 0)], weights: [outputs, inputs, kernel, kernel])
            return Conv2D(inputs, outputs, kernelSize: kernel, stride: stride, padding: padding)
        },
        layer("MaxPool2D", [int(nil)]) { arguments throws(Builtin.Failure) in
            try sizes("MaxPool2D", [("size", arguments[0].int, 1)])
            return MaxPool2D(arguments[0].int)
        },
        layer("AvgPool2D", [int(nil)]) { arguments throws(Builtin.Failure) in
            try sizes("AvgPool2D", [("size", arguments[0].int, 1)])
            return AvgPool2D(arguments[0].int)
        },
        layer("Dropout", [.init(label: nil, type: .exactly(.float), hasDefault: true)], defaults: [0: .float(0.5)]) { arguments throws(Builtin.Failure) in
            let probability = arguments[0].float
            guard probability >= 0, probability < 1 else { throw Builtin.Failure(message: Message.dropoutProbability(probability)) }
            return Dropout(probability)
        },
    ]

    /// `Sequential { layer; layer … }`: the layers, in order.
    static let sequential = Builtin("Sequential", [], .object("Sequential")) { _, arguments in
        .object(ObjectReference(Sequential(arguments.map(\.module)), name: "Sequential"))
    }

    static let layerMethods: [Method] = [
        .property("parameters", { $0.isLayer ? .array(.tensor) : nil }) { receiver, _ in
            .array(receiver.module.parameters.map(Value.wrap))
        },
        Method(name: "callAsFunction", isProperty: false, isMutating: false, signature: { receiver in
            receiver.isLayer ? Signature(parameters: [.init(label: nil, type: .exactly(.tensor))], result: .tensor) : nil
        }) { receiver, arguments throws(Builtin.Failure) in
            do throws(TensorError) {
                return .wrap(try receiver.module.forward(arguments[0].tensor))
            } catch {
                throw Builtin.Failure(message: error.message)
            }
        },
    ]
}

extension Builtins {
    /// `model.parameters` of a lesson's own `Module` struct, found through its
    /// stored properties as the engine finds a layer's.
    static func structParameters(_ type: ScriptType) -> Builtin {
        Builtin("parameters", type, .array(.tensor)) { .array(parameters(of: $0).map(Value.wrap)) }
    }

    /// Tensors that require gradients, layers, modules, and arrays of them.
    private static func parameters(of value: Value) -> [Tensor] {
        switch value {
        case .tensor(let reference): reference.tensor.requiresGrad ? [reference.tensor] : []
        case .object(let reference): (reference.object as? any Module)?.parameters ?? []
        case .structure(let structure) where structure.layout.isModule: structure.fields.flatMap(parameters(of:))
        case .array(let elements): elements.flatMap(parameters(of:))
        default: []
        }
    }
}
