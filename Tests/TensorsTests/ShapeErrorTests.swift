import Testing
import Tensors

/// Checked entry points name the operation and the shapes.
struct ShapeErrorTests {
    private func message(_ body: () throws(TensorError) -> Tensor) -> String? {
        do {
            _ = try body()
            return nil
        } catch {
            return error.message
        }
    }

    @Test func matmulNamesBothShapesAndTheInnerDimensions() {
        #expect(message { () throws(TensorError) in try Tensor.matmul(Tensor.zeros([4, 3]), Tensor.zeros([2, 1])) }
            == "matmul: [4, 3] × [2, 1]: inner dimensions 3 and 2 differ")
        #expect(message { () throws(TensorError) in try Tensor.matmul(Tensor.zeros([2, 4, 3]), Tensor.zeros([3, 3, 1])) }
            == "matmul: [2, 4, 3] × [3, 3, 1]: batch axes [2] and [3] differ")
        #expect(message { () throws(TensorError) in try Tensor.matmul(Tensor.zeros([3]), Tensor.zeros([3, 1])) }
            == "matmul: [3] × [3, 1]: both operands need at least two axes")
    }

    @Test func broadcastingFailuresNameTheOperation() {
        #expect(message { () throws(TensorError) in try Tensor.add(Tensor.zeros([4, 3]), Tensor.zeros([2])) }
            == "add: shapes [4, 3] and [2] cannot be broadcast together")
    }

    @Test func lossesRefuseMismatchedShapesInsteadOfBroadcasting() {
        #expect(message { () throws(TensorError) in try Tensor.mse(Tensor.zeros([4, 1]), Tensor.zeros([4])) }
            == "mse: prediction [4, 1] and target [4] must have the same shape")
        #expect(message { () throws(TensorError) in try Tensor.crossEntropy(Tensor.zeros([4, 3]), Tensor([0, 1, 2, 3])) }
            == "crossEntropy: labels must be class indices from 0 to 2")
    }

    @Test func convolutionAndReshapeExplainWhatIsWrong() {
        #expect(message { () throws(TensorError) in try Tensor.conv2d(Tensor.zeros([1, 3, 8, 8]), Tensor.zeros([4, 1, 3, 3])) }
            == "conv2d: [1, 3, 8, 8] × [4, 1, 3, 3]: the input has 3 channels, the weight expects 1")
        #expect(message { () throws(TensorError) in try Tensor.reshaped(Tensor.zeros([2, 3]), to: [4, 2]) }
            == "reshape: cannot view [2, 3] (6 elements) as [4, 2]")
        #expect(message { () throws(TensorError) in try Tensor.sum(Tensor.zeros([2, 3]), axis: 2) }
            == "sum: axis 2 is out of range for a tensor of rank 2")
    }

    @Test func backwardNeedsAScalarThatRequiresAGradient() throws {
        #expect(throws: TensorError("backward: the tensor has shape [2]; call it on a scalar such as a loss")) {
            try Tensor.backward(Tensor([1, 2], requiresGrad: true) * 2)
        }
        #expect(throws: TensorError("backward: the tensor does not require a gradient; mark its parameters with requiresGrad")) {
            try Tensor.backward(Tensor(3))
        }
    }
}

struct ComparisonAndShapeTests {
    @Test func comparisonsGiveMasksWithoutGradients() {
        let x = Tensor([-1, 0, 2], requiresGrad: true)
        #expect((x .> Tensor(0)).scalars == [0, 0, 1])
        #expect((x .< Tensor([0, 1, 1])).scalars == [1, 1, 0])
        #expect((x .== Tensor(0)).scalars == [0, 1, 0])
        #expect(!(x .> Tensor(0)).requiresGrad)
        #expect(x.step().scalars == [0, 0, 1])
    }

    @Test func squeezeAndUnsqueezeMoveAxesOfSizeOne() throws {
        let x = Tensor.zeros([2, 1, 3])
        #expect(x.squeezed().shape == [2, 3])
        #expect(x.squeezed(axis: 1).shape == [2, 3])
        #expect(x.unsqueezed(axis: 0).shape == [1, 2, 1, 3])
        #expect(x.unsqueezed(axis: -1).shape == [2, 1, 3, 1])
        #expect(throws: TensorError("squeeze: axis 0 of [2, 1, 3] has size 2, not 1")) { try Tensor.squeezed(x, axis: 0) }
    }
}
