extension Tensor {
    /// Back-propagates from this scalar (a loss) to every tensor that requires a
    /// gradient, accumulating into their `grad`. Iterative, so an unrolled
    /// recurrent graph thousands of steps deep is fine.
    public static func backward(_ loss: Tensor) throws(TensorError) {
        guard loss.count == 1 else {
            throw TensorError("backward: the tensor has shape \(TensorError.describe(loss.shape)); call it on a scalar such as a loss")
        }
        guard loss.requiresGrad else {
            throw TensorError("backward: the tensor does not require a gradient; mark its parameters with requiresGrad")
        }
        let order = loss.topologicalOrder()
        loss.pendingGradient = [1]
        for tensor in order.reversed() {
            tensor.isVisited = false
            let g = tensor.pendingGradient
            tensor.pendingGradient = []
            guard !g.isEmpty else { continue }
            guard let origin = tensor.origin else {
                tensor.accumulate(g)
                continue
            }
            let parts = origin.inputGradients(output: tensor, gradient: g)
            origin.forEachInput { index, input in
                if input.requiresGrad { add(parts[index], to: &input.pendingGradient, shape: input.shape) }
            }
        }
    }

    /// Adds a gradient part into an accumulated gradient (empty until the first part), in place.
    private static func add(_ part: GradientPart, to total: inout [Float], shape: [Int]) {
        switch part {
        case .dense(let values) where total.isEmpty:
            total = values
        case .dense(let values):
            total.withUnsafeMutableBufferPointer { total in
                values.withUnsafeBufferPointer { values in
                    for i in 0..<values.count { total[i] += values[i] }
                }
            }
        case .window(let axis, let start, let windowShape, let values):
            if total.isEmpty { total = Array(repeating: 0, count: Shape.count(shape)) }
            total.withUnsafeMutableBufferPointer { total in
                Indexing.addWindow(values, shape: windowShape, into: total, fullShape: shape, axis: axis, start: start)
            }
        }
    }

    public func backward() {
        orTrap { () throws(TensorError) in try Tensor.backward(self) }
    }

    /// Forgets the accumulated gradient, as before each training step.
    public func zeroGrad() {
        grad = nil
    }

    private func accumulate(_ gradient: [Float]) {
        if let grad {
            Tensor.add(.dense(gradient), to: &grad.scalars, shape: shape)
        } else {
            grad = Tensor(shape: shape, scalars: gradient, origin: nil)
        }
    }

    /// Every tensor the graph reaches that needs a gradient, inputs before
    /// outputs, each marked visited (the backward pass clears the marks).
    private func topologicalOrder() -> [Tensor] {
        var order: [Tensor] = []
        var stack: [(tensor: Tensor, isExpanded: Bool)] = [(self, false)]
        while let (tensor, isExpanded) = stack.popLast() {
            if isExpanded {
                order.append(tensor)
                continue
            }
            guard !tensor.isVisited else { continue }
            tensor.isVisited = true
            stack.append((tensor, true))
            tensor.origin?.forEachInput { _, input in
                if input.requiresGrad, !input.isVisited { stack.append((input, false)) }
            }
        }
        return order
    }
}
