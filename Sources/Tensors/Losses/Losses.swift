/// Losses, composed from primitives. Mismatched shapes are refused rather
/// than broadcast: `mse` of [4, 1] against [4] would silently compare every
/// row with every target. The free functions are what lessons call (they trap
/// on bad shapes, like the operators); the static ones are the checked entry
/// points, which throw.

/// Mean squared error.
public func mse(_ prediction: Tensor, _ target: Tensor) -> Tensor {
    orTrap { () throws(TensorError) in try Tensor.mse(prediction, target) }
}

/// Binary cross-entropy of probabilities against 0/1 targets, clamped away from log(0).
public func binaryCrossEntropy(_ probability: Tensor, _ target: Tensor) -> Tensor {
    orTrap { () throws(TensorError) in try Tensor.binaryCrossEntropy(probability, target) }
}

/// Softmax cross-entropy of logits [N, C] against class indices [N] (as Floats), averaged.
public func crossEntropy(_ logits: Tensor, _ labels: Tensor) -> Tensor {
    orTrap { () throws(TensorError) in try Tensor.crossEntropy(logits, labels) }
}

extension Tensor {
    public static func mse(_ prediction: Tensor, _ target: Tensor) throws(TensorError) -> Tensor {
        try sameShape("mse", prediction, target)
        return try Tensor.subtract(prediction, target).squared().mean()
    }

    public static func binaryCrossEntropy(_ probability: Tensor, _ target: Tensor) throws(TensorError) -> Tensor {
        try sameShape("binaryCrossEntropy", probability, target)
        let epsilon: Float = 1e-7
        let p = probability * (1 - 2 * epsilon) + epsilon
        return -(target * p.log() + (1 - target) * (1 - p).log()).mean()
    }

    public static func crossEntropy(_ logits: Tensor, _ labels: Tensor) throws(TensorError) -> Tensor {
        guard logits.rank == 2, labels.rank == 1, labels.shape[0] == logits.shape[0] else {
            throw TensorError.shapes("crossEntropy", logits.shape, labels.shape, "expected logits [N, C] and labels [N]")
        }
        let classes = logits.shape[1]
        guard labels.scalars.allSatisfy({ $0 >= 0 && $0 < Float(classes) && $0 == $0.rounded() }) else {
            throw TensorError("crossEntropy: labels must be class indices from 0 to \(classes - 1)")
        }
        let targets = oneHot(labels, classes: classes)
        return -(logits.logSoftmax() * targets).sum().scaled(by: 1 / Float(Swift.max(logits.shape[0], 1)))
    }
}

/// One-hot rows [N, classes] for class indices [N].
public func oneHot(_ labels: Tensor, classes: Int) -> Tensor {
    var scalars = [Float](repeating: 0, count: labels.count * classes)
    for (row, label) in labels.scalars.enumerated() where label >= 0 && label < Float(classes) {
        scalars[row * classes + Int(label)] = 1
    }
    return Tensor(shape: labels.shape + [classes], scalars: scalars, origin: nil)
}

private func sameShape(_ name: String, _ a: Tensor, _ b: Tensor) throws(TensorError) {
    guard a.shape == b.shape else {
        throw TensorError("\(name): prediction \(TensorError.describe(a.shape)) and target \(TensorError.describe(b.shape)) must have the same shape")
    }
}
