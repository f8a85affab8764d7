/// Recurrent cells unrolled over sequences [B, T, F] (batch first). Inputs of
/// all steps are projected in one product; the backward pass runs through time.
public struct RNN: Module {
    public let cell: RNNCell

    public init(_ inputs: Int, _ hidden: Int) { cell = RNNCell(inputs, hidden) }

    /// Outputs [B, T, H] from a zero initial state.
    public func callAsFunction(_ sequence: Tensor) -> Tensor { self(sequence, state: nil).outputs }
    public func forward(_ sequence: Tensor) throws(TensorError) -> Tensor { try forward(sequence, state: nil).outputs }

    public func callAsFunction(_ sequence: Tensor, state: Tensor?) -> (outputs: Tensor, state: Tensor) {
        orTrap { () throws(TensorError) in try forward(sequence, state: state) }
    }

    public func forward(_ sequence: Tensor, state: Tensor?) throws(TensorError) -> (outputs: Tensor, state: Tensor) {
        let weightT = cell.weights.hiddenWeight.transposed
        return try unroll("RNN", sequence, cell.weights, state) { projected, h in
            cell.step(projected: projected, state: h, hiddenWeightT: weightT)
        }
    }
}

public struct GRU: Module {
    public let cell: GRUCell

    public init(_ inputs: Int, _ hidden: Int) { cell = GRUCell(inputs, hidden) }
    public init(weights: RecurrentWeights) { cell = GRUCell(weights: weights) }

    public func callAsFunction(_ sequence: Tensor) -> Tensor { self(sequence, state: nil).outputs }
    public func forward(_ sequence: Tensor) throws(TensorError) -> Tensor { try forward(sequence, state: nil).outputs }

    public func callAsFunction(_ sequence: Tensor, state: Tensor?) -> (outputs: Tensor, state: Tensor) {
        orTrap { () throws(TensorError) in try forward(sequence, state: state) }
    }

    public func forward(_ sequence: Tensor, state: Tensor?) throws(TensorError) -> (outputs: Tensor, state: Tensor) {
        let weightT = cell.weights.hiddenWeight.transposed
        return try unroll("GRU", sequence, cell.weights, state) { projected, h in
            cell.step(projected: projected, state: h, hiddenWeightT: weightT)
        }
    }
}

public struct LSTM: Module {
    public let cell: LSTMCell

    public init(_ inputs: Int, _ hidden: Int) { cell = LSTMCell(inputs, hidden) }

    public func callAsFunction(_ sequence: Tensor) -> Tensor { self(sequence, state: nil).outputs }
    public func forward(_ sequence: Tensor) throws(TensorError) -> Tensor { try forward(sequence, state: nil).outputs }

    public func callAsFunction(_ sequence: Tensor, state: (hidden: Tensor, cell: Tensor)?) -> (outputs: Tensor, state: (hidden: Tensor, cell: Tensor)) {
        orTrap { () throws(TensorError) in try forward(sequence, state: state) }
    }

    public func forward(_ sequence: Tensor, state: (hidden: Tensor, cell: Tensor)?) throws(TensorError) -> (outputs: Tensor, state: (hidden: Tensor, cell: Tensor)) {
        let weightT = cell.weights.hiddenWeight.transposed
        if let state { try checkState("LSTM", state.cell, batch: sequence.shape.first ?? 0, cell.weights) }
        var cellState = state?.cell
        let result = try unroll("LSTM", sequence, cell.weights, state?.hidden) { projected, h in
            let next = cell.step(projected: projected, state: (h, cellState ?? Tensor.zeros(h.shape)), hiddenWeightT: weightT)
            cellState = next.cell
            return next.hidden
        }
        return (result.outputs, (result.state, cellState ?? Tensor.zeros(result.state.shape)))
    }
}

/// Runs `step` over the time axis of [B, T, F] from `initial` (zeros when
/// nil); returns every state [B, T, H] and the last. Shapes are checked
/// first, so the steps themselves cannot fail.
private func unroll(
    _ layer: String, _ sequence: Tensor, _ weights: RecurrentWeights, _ initial: Tensor?, _ step: (Tensor, Tensor) -> Tensor
) throws(TensorError) -> (outputs: Tensor, state: Tensor) {
    let features = weights.inputWeight.shape[1]
    guard sequence.rank == 3, sequence.shape[2] == features else {
        throw TensorError("\(layer): expected a sequence [B, T, \(features)] (batch, steps, features), got \(TensorError.describe(sequence.shape))")
    }
    let (batch, steps) = (sequence.shape[0], sequence.shape[1])
    if let initial { try checkState(layer, initial, batch: batch, weights) }
    // Time-major, so each step's rows are contiguous.
    let timeMajor = try sequence.checkedPermuted([1, 0, 2]).checkedReshaped(to: [steps * batch, features])
    let projected = weights.projectInput(timeMajor)
    var state = initial ?? Tensor.zeros([batch, weights.hidden])
    var states: [Tensor] = []
    for t in 0..<steps {
        state = step(try projected.checkedSlice(axis: 0, (t * batch)..<((t + 1) * batch)), state)
        states.append(state)
    }
    guard !states.isEmpty else { return (Tensor.zeros([batch, 0, weights.hidden]), state) }
    return (try Tensor.stack(states, axis: 1), state)
}

/// A recurrent state must be [B, H].
func checkState(_ layer: String, _ state: Tensor, batch: Int, _ weights: RecurrentWeights) throws(TensorError) {
    guard state.shape == [batch, weights.hidden] else {
        throw TensorError("\(layer): the state must be [\(batch), \(weights.hidden)] (batch, hidden), got \(TensorError.describe(state.shape))")
    }
}
