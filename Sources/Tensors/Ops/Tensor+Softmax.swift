import Foundation

extension Tensor {
    /// log(softmax(x)) along the last axis, computed stably as x − max − log Σ exp(x − max).
    public func logSoftmax() -> Tensor {
        let width = shape.last ?? 1
        var out = scalars
        out.withUnsafeMutableBufferPointer { x in
            var start = 0
            while start < x.count {
                var largest = -Float.infinity
                for j in start..<(start + width) { largest = Swift.max(largest, x[j]) }
                var total: Float = 0
                for j in start..<(start + width) { total += Foundation.exp(x[j] - largest) }
                let shift = largest + Foundation.log(total)
                for j in start..<(start + width) { x[j] -= shift }
                start += width
            }
        }
        return Tensor.result(shape, out, .logSoftmax, self)
    }

    /// Probabilities along the last axis.
    public func softmax() -> Tensor {
        logSoftmax().exp()
    }
}
