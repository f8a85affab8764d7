/// Recurrent cells unrolled over sequences [B, T, F] (batch first). Inputs of
/// all steps are projected in one product; the backward pass runs through time.
public struct RNN: Module {
    public let cell: RNNCell

    public init(_ inputs: Int, _ hidden: Int) { cell = RNNCell(inputs, hidden) }

    /// Outputs [B, T, H] from a zero initial state.
    public func callAsFunction(_ sequence: Tensor) -> Tensor { self(sequence, state: nil).outputs }

    public func callAsFunction(_ sequence: Tensor, state: Tensor?) -> (outputs: Tensor, state: Tensor) {
        let weightT = cell.weights.hiddenWeight.transposed
        return unroll(sequence, cell.weights, state ?? zeroState(sequence, cell.weights)) { projected, h in
            cell.step(projected: projected, state: h, hiddenWeightT: weightT)
        }
    }
}

public struct GRU: Module {
    public let cell: GRUCell

    public init(_ inputs: Int, _ hidden: Int) { cell = GRUCell(inputs, hidden) }
    public init(weights: RecurrentWeights) { cell = GRUCell(weights: weights) }

    public func callAsFunction(_ sequence: Tensor) -> Tensor { self(sequence, state: nil).outputs }

    public func callAsFunction(_ sequence: Tensor, state: Tensor?) -> (outputs: Tensor, state: Tensor) {
        let weightT = cell.weights.hiddenWeight.transposed
        return unroll(sequence, cell.weights, state ?? zeroState(sequence, cell.weights)) { projected, h in
            cell.step(projected: projected, state: h, hiddenWeightT: weightT)
        }
    }
}

public struct LSTM: Module {
    public let cell: LSTMCell

    public init(_ inputs: Int, _ hidden: Int) { cell = LSTMCell(inputs, hidden) }

    public func callAsFunction(_ sequence: Tensor) -> Tensor { self(sequence, state: nil).outputs }

    public func callAsFunction(_ sequence: Tensor, state: (hidden: Tensor, cell: Tensor)?) -> (outputs: Tensor, state: (hidden: Tensor, cell: Tensor)) {
        let weightT = cell.weights.hiddenWeight.transposed
        let zeros = zeroState(sequence, cell.weights)
        var cellState = state?.cell ?? zeros
        let result = unroll(sequence, cell.weights, state?.hidden ?? zeros) { projected, h in
            let next = cell.step(projected: projected, state: (h, cellState), hiddenWeightT: weightT)
            cellState = next.cell
            return next.hidden
        }
        return (result.outputs, (result.state, cellState))
    }
}

private func zeroState(_ sequence: Tensor, _ weights: RecurrentWeights) -> Tensor {
    Tensor.zeros([sequence.shape.first ?? 1, weights.hidden])
}

/// Runs `step` over the time axis of [B, T, F]; returns every state [B, T, H] and the last.
private func unroll(
    _ sequence: Tensor, _ weights: RecurrentWeights, _ initial: Tensor, _ step: (Tensor, Tensor) -> Tensor
) -> (outputs: Tensor, state: Tensor) {
    orTrap { () throws(TensorError) in
        guard sequence.rank == 3 else {
            throw TensorError("recurrent layer: expected a sequence [B, T, F], got \(TensorError.describe(sequence.shape))")
        }
        let (batch, steps, features) = (sequence.shape[0], sequence.shape[1], sequence.shape[2])
        // Time-major, so each step's rows are contiguous.
        let timeMajor = try sequence.permuted([1, 0, 2]).reshaped(to: [steps * batch, features])
        let projected = weights.projectInput(timeMajor)
        var state = initial
        var states: [Tensor] = []
        for t in 0..<steps {
            state = step(try projected.slice(axis: 0, (t * batch)..<((t + 1) * batch)), state)
            states.append(state)
        }
        return (try Tensor.stack(states, axis: 1), state)
    }
}
