import Tensors

/// The engine's layers in lesson code: built by their initializers, called
/// on a tensor (`model(x)`), with their `parameters`.
extension Builtins {
    private static func layer(_ name: String, _ parameters: [Signature.Parameter] = [], defaults: [Int: Value] = [:],
                              _ make: @escaping @Sendable ([Value]) -> any Module) -> Builtin {
        Builtin(name, parameters, .object(name), defaults: defaults) { _, arguments in
            .object(ObjectReference(make(arguments), name: name))
        }
    }

    private static func int(_ label: String?, default value: Int? = nil) -> Signature.Parameter {
        .init(label: label, type: .exactly(.int), hasDefault: value != nil)
    }

    static let layerConstructors: [Builtin] = [
        layer("Linear", [int(nil), int(nil)]) { Linear($0[0].int, $0[1].int) },
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
              defaults: [3: .int(1), 4: .int(0)]) {
            Conv2D($0[0].int, $0[1].int, kernelSize: $0[2].int, stride: $0[3].int, padding: $0[4].int)
        },
        layer("MaxPool2D", [int(nil)]) { MaxPool2D($0[0].int) },
        layer("AvgPool2D", [int(nil)]) { AvgPool2D($0[0].int) },
        layer("Dropout", [.init(label: nil, type: .exactly(.float), hasDefault: true)], defaults: [0: .float(0.5)]) {
            Dropout($0[0].float)
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
