import Tensors

/// The engine in lesson code: its types, functions and methods, bridged in
/// one place. The engine's checked entry points throw `TensorError`, which
/// becomes an error at the user's expression.
extension Builtins {
    static let engineFunctions: [Builtin] = constructors + losses + optimizers + layerConstructors + recurrentConstructors

    /// Runs an engine call, its `TensorError` becoming the builtin's failure (reported at the call).
    private static func engine<T>(_ body: () throws(TensorError) -> T) throws(Builtin.Failure) -> T {
        do {
            return try body()
        } catch {
            throw Builtin.Failure(message: error.message)
        }
    }

    private static func checked(_ body: () throws(TensorError) -> Tensor) throws(Builtin.Failure) -> Value {
        .wrap(try engine(body))
    }

    private static let requiresGrad = Signature.Parameter(label: "requiresGrad", type: .exactly(.bool), hasDefault: true)

    private static func scalars(_ value: Value) -> [Float] { value.array.map(\.float) }

    private static let constructors: [Builtin] = [
        Builtin("Tensor", [.init(label: nil, type: .exactly(.float)), requiresGrad], .tensor, defaults: [1: .bool(false)]) { _, arguments in
            .wrap(Tensor(arguments[0].float, requiresGrad: arguments[1].bool))
        },
        Builtin("Tensor", [.init(label: nil, type: .exactly(.array(.float))), requiresGrad], .tensor, defaults: [1: .bool(false)]) { _, arguments in
            .wrap(Tensor(scalars(arguments[0]), requiresGrad: arguments[1].bool))
        },
        Builtin("Tensor", [.init(label: nil, type: .exactly(.array(.array(.float)))), requiresGrad], .tensor, defaults: [1: .bool(false)]) { _, arguments throws(Builtin.Failure) in
            let rows = arguments[0].array.map(scalars)
            let columns = rows.first?.count ?? 0
            guard rows.allSatisfy({ $0.count == columns }) else {
                throw Builtin.Failure(message: "tensor: rows have different lengths (\(rows.map(\.count).map(String.init).joined(separator: ", ")))")
            }
            return try checked { () throws(TensorError) in
                try Tensor(shape: [rows.count, columns], scalars: rows.flatMap { $0 }, requiresGrad: arguments[1].bool)
            }
        },
        shaped("Tensor.zeros") { Tensor.zeros($0, requiresGrad: $1) },
        shaped("Tensor.ones") { Tensor.ones($0, requiresGrad: $1) },
        shaped("Tensor.randn") { Tensor.randn($0, requiresGrad: $1) },
        Builtin("Tensor.arange", .int, .tensor) { .wrap(Tensor.arange($0.int)) },
    ]

    /// `Tensor.zeros([2, 3], requiresGrad: false)` and its kind; sizes must be whole numbers from 0.
    private static func shaped(_ name: String, _ make: @escaping @Sendable ([Int], Bool) -> Tensor) -> Builtin {
        Builtin(name, [.init(label: nil, type: .exactly(.array(.int))), requiresGrad], .tensor, defaults: [1: .bool(false)]) { _, arguments throws(Builtin.Failure) in
            let shape = arguments[0].array.map(\.int)
            guard shape.allSatisfy({ $0 >= 0 }), shape.reduce(1, { $0.multipliedReportingOverflow(by: $1).partialValue }) <= 1 << 26 else {
                throw Builtin.Failure(message: "\(name): shape \(shape) is not a list of sizes from 0 up, at most 67,108,864 elements in all")
            }
            return .wrap(make(shape, arguments[1].bool))
        }
    }

    private static let losses: [Builtin] = [
        loss("mse") { (a: Tensor, b: Tensor) throws(TensorError) in try Tensor.mse(a, b) },
        loss("binaryCrossEntropy") { (a: Tensor, b: Tensor) throws(TensorError) in try Tensor.binaryCrossEntropy(a, b) },
        loss("crossEntropy") { (a: Tensor, b: Tensor) throws(TensorError) in try Tensor.crossEntropy(a, b) },
    ]

    private static func loss(_ name: String, _ function: @escaping @Sendable (Tensor, Tensor) throws(TensorError) -> Tensor) -> Builtin {
        let tensor = Signature.Parameter(label: nil, type: .exactly(.tensor))
        return Builtin(name, [tensor, tensor], .tensor) { _, arguments throws(Builtin.Failure) in
            try checked { () throws(TensorError) in try function(arguments[0].tensor, arguments[1].tensor) }
        }
    }

    /// `a op b` where a tensor meets a tensor or a Float, either side.
    static func tensorArithmetic(_ op: ArithmeticOperator, _ left: ScriptType, _ right: ScriptType) -> Builtin? {
        let operation: @Sendable (Tensor, Tensor) throws(TensorError) -> Tensor
        switch op {
        case .add: operation = { (a, b) throws(TensorError) in try Tensor.add(a, b) }
        case .subtract: operation = { (a, b) throws(TensorError) in try Tensor.subtract(a, b) }
        case .multiply: operation = { (a, b) throws(TensorError) in try Tensor.multiply(a, b) }
        case .divide: operation = { (a, b) throws(TensorError) in try Tensor.divide(a, b) }
        case .remainder: return nil
        }
        return Builtin(op.rawValue, [.init(label: nil, type: .exactly(left)), .init(label: nil, type: .exactly(right))], .tensor) { _, arguments throws(Builtin.Failure) in
            try checked { () throws(TensorError) in try operation(asTensor(arguments[0]), asTensor(arguments[1])) }
        }
    }

    /// A Float operand of a tensor operation, as a scalar tensor.
    private static func asTensor(_ value: Value) -> Tensor {
        if case .float(let scalar) = value { return Tensor(scalar) }
        return value.tensor
    }

    private static func float(_ label: String, _ value: Float? = nil) -> Signature.Parameter {
        .init(label: label, type: .exactly(.float), hasDefault: value != nil)
    }

    private static let parameters = Signature.Parameter(label: nil, type: .exactly(.array(.tensor)))

    private static let optimizers: [Builtin] = [
        Builtin("SGD", [parameters, float("learningRate"), float("momentum", 0), float("weightDecay", 0)], .object("SGD"),
                defaults: [2: .float(0), 3: .float(0)]) { _, arguments in
            let optimizer = SGD(arguments[0].array.map(\.tensor), learningRate: arguments[1].float,
                                momentum: arguments[2].float, weightDecay: arguments[3].float)
            return .object(ObjectReference(optimizer, name: "SGD"))
        },
        Builtin("Adam", [parameters, float("learningRate", 0.001)], .object("Adam"), defaults: [1: .float(0.001)]) { _, arguments in
            .object(ObjectReference(Adam(arguments[0].array.map(\.tensor), learningRate: arguments[1].float), name: "Adam"))
        },
    ]

    static let optimizerMethods: [Method] = ["step", "zeroGrad"].map { name in
        Method(name: name, isProperty: false, isMutating: false, signature: { receiver in
            receiver.isOptimizer ? Signature(parameters: [], result: .void) : nil
        }) { receiver, _ in
            name == "step" ? receiver.optimizer.step() : receiver.optimizer.zeroGrad()
            return .void
        }
    }

    static let tensorNegation = Builtin("-", .tensor, .tensor) { .wrap(-$0.tensor) }

    static let tensorMethods: [Method] = [
        .property("shape", { $0 == .tensor ? .array(.int) : nil }) { receiver, _ in .array(receiver.tensor.shape.map(Value.int)) },
        .property("count", { $0 == .tensor ? .int : nil }) { receiver, _ in .int(receiver.tensor.count) },
        .property("scalars", { $0 == .tensor ? .array(.float) : nil }) { receiver, _ in .array(receiver.tensor.scalars.map(Value.float)) },
        .property("grad", { $0 == .tensor ? .optional(.tensor) : nil }) { receiver, _ in receiver.tensor.grad.map { .some(.wrap($0)) } ?? .none },
        .property("requiresGrad", { $0 == .tensor ? .bool : nil }) { receiver, _ in .bool(receiver.tensor.requiresGrad) },
        .property("transposed", { $0 == .tensor ? .tensor : nil }) { receiver, _ in .wrap(receiver.tensor.transposed) },
        tensorMethod("matmul", [.tensor]) { (tensor, arguments) throws(TensorError) in try Tensor.matmul(tensor, arguments[0].tensor) },
        tensorMethod("sum") { (tensor, _) in tensor.sum() },
        tensorMethod("mean") { (tensor, _) in tensor.mean() },
        tensorMethod("sigmoid") { (tensor, _) in tensor.sigmoid() },
        tensorMethod("tanh") { (tensor, _) in tensor.tanh() },
        tensorMethod("relu") { (tensor, _) in tensor.relu() },
        tensorMethod("exp") { (tensor, _) in tensor.exp() },
        tensorMethod("log") { (tensor, _) in tensor.log() },
        tensorMethod("softmax") { (tensor, _) in tensor.softmax() },
        tensorMethod("squared") { (tensor, _) in tensor.squared() },
        Method(name: "item", isProperty: false, isMutating: false, signature: { $0 == .tensor ? Signature(parameters: [], result: .float) : nil }) { receiver, _ throws(Builtin.Failure) in
            .float(try engine { () throws(TensorError) in try Tensor.item(receiver.tensor) })
        },
        Method(name: "backward", isProperty: false, isMutating: false, signature: { $0 == .tensor ? Signature(parameters: [], result: .void) : nil }) { receiver, _ throws(Builtin.Failure) in
            try engine { () throws(TensorError) in try Tensor.backward(receiver.tensor) }
            return .void
        },
        Method(name: "zeroGrad", isProperty: false, isMutating: false, signature: { $0 == .tensor ? Signature(parameters: [], result: .void) : nil }) { receiver, _ in
            receiver.tensor.zeroGrad()
            return .void
        },
    ]

    /// A tensor method returning a tensor, with unlabeled parameters of the given types.
    private static func tensorMethod(
        _ name: String, _ parameters: [ScriptType] = [], _ body: @escaping @Sendable (Tensor, [Value]) throws(TensorError) -> Tensor
    ) -> Method {
        Method(name: name, isProperty: false, isMutating: false, signature: { receiver in
            receiver == .tensor ? Signature(parameters: parameters.map { .init(label: nil, type: .exactly($0)) }, result: .tensor) : nil
        }) { receiver, arguments throws(Builtin.Failure) in
            try checked { () throws(TensorError) in try body(receiver.tensor, arguments) }
        }
    }
}
