import Foundation

/// The weights of a recurrent cell with `gates` stacked gates, in PyTorch's
/// layout ([gates·H, in] and [gates·H, H]) and initialization (±1/√H).
public struct RecurrentWeights: Module {
    public let inputWeight: Tensor, hiddenWeight: Tensor, inputBias: Tensor, hiddenBias: Tensor

    public init(inputs: Int, hidden: Int, gates: Int) {
        let bound = 1 / Float(hidden).squareRoot()
        func draw(_ shape: [Int]) -> Tensor { Tensor.uniform(shape, low: -bound, high: bound, requiresGrad: true) }
        self.init(inputWeight: draw([gates * hidden, inputs]), hiddenWeight: draw([gates * hidden, hidden]),
                  inputBias: draw([gates * hidden]), hiddenBias: draw([gates * hidden]))
    }

    public init(inputWeight: Tensor, hiddenWeight: Tensor, inputBias: Tensor, hiddenBias: Tensor) {
        self.inputWeight = inputWeight
        self.hiddenWeight = hiddenWeight
        self.inputBias = inputBias
        self.hiddenBias = hiddenBias
    }

    var hidden: Int { hiddenWeight.shape[1] }

    /// x·Wᵢₕᵀ + bᵢₕ, for any number of rows at once.
    func projectInput(_ x: Tensor) -> Tensor { x.matmul(inputWeight.transposed) + inputBias }

    public func callAsFunction(_ input: Tensor) -> Tensor { projectInput(input) }

    /// One step's input must be [B, F] and its state [B, H].
    func checkStep(_ cell: String, _ input: Tensor, _ state: Tensor) throws(TensorError) {
        let features = inputWeight.shape[1]
        guard input.rank == 2, input.shape[1] == features else {
            throw TensorError("\(cell): expected an input [B, \(features)] (batch, features), got \(TensorError.describe(input.shape))")
        }
        try checkState(cell, state, batch: input.shape[0], self)
    }

    /// Gate `index` (of width H) of a stacked projection.
    func gate(_ projection: Tensor, _ index: Int) -> Tensor {
        gates(projection, index..<(index + 1))
    }

    /// Consecutive gates of a stacked projection, side by side.
    func gates(_ projection: Tensor, _ indices: Range<Int>) -> Tensor {
        orTrap { () throws(TensorError) in
            try projection.checkedSlice(axis: -1, (indices.lowerBound * hidden)..<(indices.upperBound * hidden))
        }
    }
}

/// The Elman cell: h′ = tanh(x·Wᵢₕᵀ + bᵢₕ + h·Wₕₕᵀ + bₕₕ).
public struct RNNCell: Module {
    public let weights: RecurrentWeights

    public init(_ inputs: Int, _ hidden: Int) {
        weights = RecurrentWeights(inputs: inputs, hidden: hidden, gates: 1)
    }

    public func callAsFunction(_ input: Tensor) -> Tensor {
        orTrap { () throws(TensorError) in try forward(input) }
    }

    public func forward(_ input: Tensor) throws(TensorError) -> Tensor {
        try forward(input, state: Tensor.zeros([input.shape.first ?? 0, weights.hidden]))
    }

    public func callAsFunction(_ input: Tensor, state: Tensor) -> Tensor {
        orTrap { () throws(TensorError) in try forward(input, state: state) }
    }

    public func forward(_ input: Tensor, state: Tensor) throws(TensorError) -> Tensor {
        try weights.checkStep("RNNCell", input, state)
        return step(projected: weights.projectInput(input), state: state, hiddenWeightT: weights.hiddenWeight.transposed)
    }

    func step(projected: Tensor, state h: Tensor, hiddenWeightT: Tensor) -> Tensor {
        (projected + h.matmul(hiddenWeightT) + weights.hiddenBias).tanh()
    }
}

/// The gated recurrent unit, with torch.nn.GRU's equations and gate order (r, z, n):
/// r = σ(…), z = σ(…), n = tanh(xᵢₙ + r·(h·Wₕₙᵀ + bₕₙ)), h′ = (1 − z)·n + z·h.
public struct GRUCell: Module {
    public let weights: RecurrentWeights

    public init(_ inputs: Int, _ hidden: Int) {
        weights = RecurrentWeights(inputs: inputs, hidden: hidden, gates: 3)
    }

    public init(weights: RecurrentWeights) {
        self.weights = weights
    }

    public func callAsFunction(_ input: Tensor) -> Tensor {
        orTrap { () throws(TensorError) in try forward(input) }
    }

    public func forward(_ input: Tensor) throws(TensorError) -> Tensor {
        try forward(input, state: Tensor.zeros([input.shape.first ?? 0, weights.hidden]))
    }

    public func callAsFunction(_ input: Tensor, state: Tensor) -> Tensor {
        orTrap { () throws(TensorError) in try forward(input, state: state) }
    }

    public func forward(_ input: Tensor, state: Tensor) throws(TensorError) -> Tensor {
        try weights.checkStep("GRUCell", input, state)
        return step(projected: weights.projectInput(input), state: state, hiddenWeightT: weights.hiddenWeight.transposed)
    }

    func step(projected gi: Tensor, state h: Tensor, hiddenWeightT: Tensor) -> Tensor {
        let gh = h.matmul(hiddenWeightT) + weights.hiddenBias
        // r and z in one pass over their two stacked gates.
        let rz = (weights.gates(gi, 0..<2) + weights.gates(gh, 0..<2)).sigmoid()
        let r = weights.gate(rz, 0), z = weights.gate(rz, 1)
        let n = (weights.gate(gi, 2) + r * weights.gate(gh, 2)).tanh()
        // (h − n)·z + n is (1 − z)·n + z·h, in the form PyTorch's own kernel uses.
        return (h - n) * z + n
    }
}

/// The long short-term memory cell, with torch.nn.LSTM's gate order (i, f, g, o):
/// c′ = f·c + i·g, h′ = o·tanh(c′).
public struct LSTMCell: Module {
    public let weights: RecurrentWeights

    public init(_ inputs: Int, _ hidden: Int) {
        weights = RecurrentWeights(inputs: inputs, hidden: hidden, gates: 4)
    }

    public func callAsFunction(_ input: Tensor) -> Tensor {
        orTrap { () throws(TensorError) in try forward(input) }
    }

    /// The new hidden state from zero states.
    public func forward(_ input: Tensor) throws(TensorError) -> Tensor {
        let zeros = Tensor.zeros([input.shape.first ?? 0, weights.hidden])
        return try forward(input, state: (zeros, zeros)).hidden
    }

    public func callAsFunction(_ input: Tensor, state: (hidden: Tensor, cell: Tensor)) -> (hidden: Tensor, cell: Tensor) {
        orTrap { () throws(TensorError) in try forward(input, state: state) }
    }

    public func forward(_ input: Tensor, state: (hidden: Tensor, cell: Tensor)) throws(TensorError) -> (hidden: Tensor, cell: Tensor) {
        try weights.checkStep("LSTMCell", input, state.hidden)
        try checkState("LSTMCell", state.cell, batch: input.shape[0], weights)
        return step(projected: weights.projectInput(input), state: state, hiddenWeightT: weights.hiddenWeight.transposed)
    }

    func step(projected: Tensor, state: (hidden: Tensor, cell: Tensor), hiddenWeightT: Tensor) -> (hidden: Tensor, cell: Tensor) {
        let gates = projected + state.hidden.matmul(hiddenWeightT) + weights.hiddenBias
        let i = weights.gate(gates, 0).sigmoid(), f = weights.gate(gates, 1).sigmoid()
        let g = weights.gate(gates, 2).tanh(), o = weights.gate(gates, 3).sigmoid()
        let cell = f * state.cell + i * g
        return (o * cell.tanh(), cell)
    }
}
