/// Zeroes each element with probability `p` while training and scales the
/// rest by 1/(1 − p), so evaluation (`evaluating { … }`) needs no change.
public struct Dropout: Module {
    public let probability: Float

    public init(_ probability: Float = 0.5) {
        precondition(probability >= 0 && probability < 1, "dropout: probability \(probability) must be in [0, 1)")
        self.probability = probability
    }

    public func callAsFunction(_ input: Tensor) -> Tensor {
        guard TrainingMode.isTraining, probability > 0 else { return input }
        let source = RandomSource.current
        let keep = 1 / (1 - probability)
        let mask = (0..<input.count).map { _ in source.uniform(0, 1) < probability ? 0 : keep }
        return input * Tensor(shape: input.shape, scalars: mask, origin: nil)
    }
}
