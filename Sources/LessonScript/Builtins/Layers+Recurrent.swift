import Tensors

/// Embeddings and recurrent layers in lesson code, the weights of the
/// layers that have them, and an optimizer's learning rate. A recurrent
/// layer is called on a sequence [B, T, F] (`rnn(x)`, its outputs), or with
/// a state (`rnn(x, state: h)`, its outputs and last state); a cell on one
/// step [B, F].
extension Builtins {
    private static func sized(_ name: String, _ make: @escaping @Sendable (Int, Int) -> any Module) -> Builtin {
        let int = Signature.Parameter(label: nil, type: .exactly(.int))
        return Builtin(name, [int, int], .object(name)) { _, arguments throws(Builtin.Failure) in
            let (first, second) = (arguments[0].int, arguments[1].int)
            // Embedding(count, dimension); the others (inputs, hidden), with up to four gates.
            for (label, value) in [(name == "Embedding" ? "count" : "inputs", first), (name == "Embedding" ? "dimension" : "hidden", second)] where value < 1 {
                throw Builtin.Failure(message: Message.layerSize(name, label, value, least: 1))
            }
            guard first.multipliedReportingOverflow(by: second).partialValue <= 1 << 24, second <= 1 << 12 else {
                throw Builtin.Failure(message: Message.layerTooLarge(name, [first, second]))
            }
            return .object(ObjectReference(make(first, second), name: name))
        }
    }

    static let recurrentConstructors: [Builtin] = [
        sized("Embedding") { Embedding($0, $1) },
        sized("RNN") { RNN($0, $1) }, sized("GRU") { GRU($0, $1) }, sized("LSTM") { LSTM($0, $1) },
        sized("RNNCell") { RNNCell($0, $1) }, sized("GRUCell") { GRUCell($0, $1) }, sized("LSTMCell") { LSTMCell($0, $1) },
    ]

    private static let lstmState = ScriptType.tuple([.tensor, .tensor], labels: ["hidden", "cell"])

    private static func stateful(_ layers: [String], state: ScriptType, result: ScriptType,
                                 _ body: @escaping @Sendable (Any, Tensor, Value) throws(TensorError) -> Value) -> Method {
        let signature = Signature(parameters: [.init(label: nil, type: .exactly(.tensor)), .init(label: "state", type: .exactly(state))], result: result)
        return Method(name: "callAsFunction", isProperty: false, isMutating: false, signature: { receiver in
            if case .object(let name) = receiver, layers.contains(name) { return signature }
            return nil
        }) { receiver, arguments throws(Builtin.Failure) in
            guard case .object(let reference) = receiver else { preconditionFailure("checker: expected a layer") }
            do throws(TensorError) {
                return try body(reference.object, arguments[0].tensor, arguments[1])
            } catch {
                throw Builtin.Failure(message: error.message)
            }
        }
    }

    private static func tensor(of optional: Value) -> Tensor? {
        if case .some(let value) = optional { return value.tensor }
        return nil
    }

    private static func hiddenAndCell(_ value: Value) -> (hidden: Tensor, cell: Tensor) {
        guard case .tuple(let parts, _) = value else { preconditionFailure("checker: expected an LSTM state") }
        return (parts[0].tensor, parts[1].tensor)
    }

    private static func lstmValue(_ state: (hidden: Tensor, cell: Tensor)) -> Value {
        .tuple([.wrap(state.hidden), .wrap(state.cell)], labels: ["hidden", "cell"])
    }

    static let recurrentMethods: [Method] = [
        stateful(["RNN", "GRU"], state: .optional(.tensor), result: .tuple([.tensor, .tensor], labels: ["outputs", "state"])) { layer, input, state throws(TensorError) in
            let result = if let rnn = layer as? RNN { try rnn.forward(input, state: tensor(of: state)) }
                else { try (layer as! GRU).forward(input, state: tensor(of: state)) }
            return .tuple([.wrap(result.outputs), .wrap(result.state)], labels: ["outputs", "state"])
        },
        stateful(["LSTM"], state: .optional(lstmState), result: .tuple([.tensor, lstmState], labels: ["outputs", "state"])) { layer, input, state throws(TensorError) in
            let initial: (hidden: Tensor, cell: Tensor)? = if case .some(let value) = state { hiddenAndCell(value) } else { nil }
            let result = try (layer as! LSTM).forward(input, state: initial)
            return .tuple([.wrap(result.outputs), lstmValue(result.state)], labels: ["outputs", "state"])
        },
        stateful(["RNNCell", "GRUCell"], state: .tensor, result: .tensor) { cell, input, state throws(TensorError) in
            if let rnn = cell as? RNNCell { return .wrap(try rnn.forward(input, state: state.tensor)) }
            return .wrap(try (cell as! GRUCell).forward(input, state: state.tensor))
        },
        stateful(["LSTMCell"], state: lstmState, result: lstmState) { cell, input, state throws(TensorError) in
            lstmValue(try (cell as! LSTMCell).forward(input, state: hiddenAndCell(state)))
        },
        .property("weight", { ["Linear", "Conv2D", "Embedding"].contains($0.objectName) ? .tensor : nil }) { receiver, _ in
            guard case .object(let reference) = receiver else { preconditionFailure("checker: expected a layer") }
            let weight = (reference.object as? Linear)?.weight ?? (reference.object as? Conv2D)?.weight ?? (reference.object as! Embedding).weight
            return .wrap(weight)
        },
        .property("bias", { ["Linear", "Conv2D"].contains($0.objectName) ? .tensor : nil }) { receiver, _ in
            guard case .object(let reference) = receiver else { preconditionFailure("checker: expected a layer") }
            return .wrap((reference.object as? Linear)?.bias ?? (reference.object as! Conv2D).bias)
        },
        // A recurrent layer's cell, a cell's weights, and their four tensors: `rnn.cell.weights.inputWeight`.
        .property("cell", { ["RNN", "GRU", "LSTM"].contains($0.objectName) ? .object($0.objectName + "Cell") : nil }) { receiver, _ in
            guard case .object(let reference) = receiver else { preconditionFailure("checker: expected a layer") }
            let cell: any Module = switch reference.object {
            case let rnn as RNN: rnn.cell
            case let gru as GRU: gru.cell
            default: (reference.object as! LSTM).cell
            }
            return .object(ObjectReference(cell, name: reference.name + "Cell"))
        },
        .property("weights", { ["RNNCell", "GRUCell", "LSTMCell"].contains($0.objectName) ? .object("RecurrentWeights") : nil }) { receiver, _ in
            guard case .object(let reference) = receiver else { preconditionFailure("checker: expected a cell") }
            let weights = (reference.object as? RNNCell)?.weights ?? (reference.object as? GRUCell)?.weights ?? (reference.object as! LSTMCell).weights
            return .object(ObjectReference(weights, name: "RecurrentWeights"))
        },
        recurrentWeight("inputWeight", \.inputWeight), recurrentWeight("hiddenWeight", \.hiddenWeight),
        recurrentWeight("inputBias", \.inputBias), recurrentWeight("hiddenBias", \.hiddenBias),
        .property("learningRate", { $0.isOptimizer ? .float : nil }) { receiver, _ in
            .float(receiver.optimizer.learningRate)
        },
    ]

    private static func recurrentWeight(_ name: String, _ tensor: KeyPath<RecurrentWeights, Tensor> & Sendable) -> Method {
        .property(name, { $0.objectName == "RecurrentWeights" ? .tensor : nil }) { receiver, _ in
            guard case .object(let reference) = receiver else { preconditionFailure("checker: expected recurrent weights") }
            return .wrap((reference.object as! RecurrentWeights)[keyPath: tensor])
        }
    }

    /// Properties of engine objects that assignments set, by name: `optimizer.learningRate = 0.01`.
    static let setters: [String: Method] = [
        "learningRate": Method(name: "learningRate", isProperty: false, isMutating: false, signature: { receiver in
            receiver.isOptimizer ? Signature(parameters: [.init(label: nil, type: .exactly(.float))], result: .void) : nil
        }) { receiver, arguments in
            receiver.optimizer.learningRate = arguments[0].float
            return .void
        },
    ]
}

extension ScriptType {
    /// The type name of an engine object, or "".
    var objectName: String {
        if case .object(let name) = self { return name }
        return ""
    }
}
