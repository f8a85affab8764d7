import Foundation
import Testing
@testable import Tensors

/// Layers against small cases computed by hand.
struct LayerTests {
    @Test func linearComputesXWTransposePlusBias() {
        let layer = Linear(2, 2)
        layer.weight.assign([1, 2, 3, 4])   // rows are outputs: [[1, 2], [3, 4]]
        layer.bias.assign([0.5, -1])
        #expect(layer(Tensor([[1, 1], [2, 0]])).scalars == [3.5, 6, 2.5, 5])
        #expect(layer.parameters.count == 2)
    }

    @Test func convolutionMatchesAHandComputedEdgeFilter() throws {
        let image = try Tensor(shape: [1, 1, 3, 4], scalars: [0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1])
        let edge = try Tensor(shape: [1, 1, 1, 2], scalars: [-1, 1])
        #expect(try Tensor.conv2d(image, edge).scalars == [0, 1, 0, 0, 1, 0, 0, 1, 0])
        // Output size (W − F + 2P)/S + 1: (4 − 2 + 2)/2 + 1 = 3 columns, (3 − 1 + 2)/2 + 1 = 3 rows.
        #expect(try Tensor.conv2d(image, edge, stride: 2, padding: 1).shape == [1, 1, 3, 3])
    }

    @Test func poolingTakesWindowMaximaAndMeans() throws {
        let x = try Tensor(shape: [1, 1, 2, 4], scalars: [1, 5, 2, 0, 3, 4, -1, 8])
        #expect(x.maxPool2d(2).scalars == [5, 8])
        #expect(x.avgPool2d(2).scalars == [3.25, 2.25])
    }

    @Test func convolutionLayerParameterCount() {
        // (F·F·D1)·K + K: six 5×5×3 filters have 456 parameters and map 32×32×3 to 28×28×6.
        let layer = Conv2D(3, 6, kernelSize: 5)
        #expect(layer.parameters.map(\.count).reduce(0, +) == 456)
        #expect(layer(Tensor.zeros([1, 3, 32, 32])).shape == [1, 6, 28, 28])
    }

    @Test func sequentialFindsParametersOfItsLayers() {
        let model = Sequential {
            Linear(3, 4); Sigmoid()
            Linear(4, 2); Sigmoid()
        }
        // 3-4-2: (3·4 + 4) + (4·2 + 2) = 26 parameters.
        #expect(model.parameters.map(\.count).reduce(0, +) == 26)
        #expect(model(Tensor.zeros([5, 3])).shape == [5, 2])
    }

    /// A user's own struct is a module through its stored properties.
    struct TwoLayer: Module {
        let hidden = Linear(2, 3)
        let output = Linear(3, 1)
        let frozen = Tensor([1, 2])
        func callAsFunction(_ input: Tensor) -> Tensor { output(hidden(input).relu()) }
    }

    @Test func aUsersStructFindsItsParameters() {
        let model = TwoLayer()
        #expect(model.parameters.count == 4)
        #expect(model.parameters.allSatisfy { $0.requiresGrad })
    }

    @Test func gruCellFollowsPyTorchsEquations() {
        let cell = GRUCell(1, 1)
        // Weights of 0 and biases chosen by hand: r = σ(0) = 0.5, z = σ(0) = 0.5, n = tanh(1 + 0.5·1).
        cell.weights.inputWeight.assign([0, 0, 0])
        cell.weights.hiddenWeight.assign([0, 0, 0])
        cell.weights.inputBias.assign([0, 0, 1])
        cell.weights.hiddenBias.assign([0, 0, 1])
        let h = cell(Tensor([[0]]), state: Tensor([[2]]))
        let n = Float(tanh(1.5))
        #expect(abs(h.scalars[0] - (0.5 * n + 0.5 * 2)) < 1e-6)
    }

    @Test func recurrentLayersKeepBatchAndTimeAxes() {
        let sequence = Tensor.zeros([4, 5, 3])
        #expect(RNN(3, 6)(sequence).shape == [4, 5, 6])
        #expect(GRU(3, 6)(sequence).shape == [4, 5, 6])
        let lstm = LSTM(3, 6)(sequence, state: nil)
        #expect(lstm.outputs.shape == [4, 5, 6])
        #expect(lstm.state.cell.shape == [4, 6])
    }

    @Test func lstmGradientsReachEveryWeight() {
        let lstm = LSTM(2, 3)
        let x = sample([2, 4, 2])
        lstm(x).squared().sum().backward()
        #expect(lstm.parameters.allSatisfy { $0.grad != nil })
        #expect(gradientCheck([x]) { lstm($0[0]).squared().sum() } < 2e-2)
    }

    @Test func attentionWeightsAreADistributionOverKeys() throws {
        let query = sample([1, 2, 4]), keys = sample([1, 3, 4], offset: 0.2), values = sample([1, 3, 5], offset: -0.1)
        let (output, weights) = attention(query: query, keys: keys, values: values)
        #expect(output.shape == [1, 2, 5])
        #expect(weights.shape == [1, 2, 3])
        let rowSums = weights.sum(axis: -1).scalars
        #expect(rowSums.allSatisfy { abs($0 - 1) < 1e-5 })
    }

    @Test func embeddingLooksUpRows() {
        let embedding = Embedding(weight: Tensor([[0, 1], [2, 3], [4, 5]], requiresGrad: true))
        #expect(embedding(Tensor([[2, 0]])).shape == [1, 2, 2])
        #expect(embedding(Tensor([[2, 0]])).scalars == [4, 5, 0, 1])
    }

    @Test func dropoutIsOffWhenEvaluating() {
        let x = Tensor.ones([1000])
        let dropped = RandomSource.$current.withValue(RandomSource(seed: 1)) { Dropout(0.5)(x) }
        let zeros = dropped.scalars.filter { $0 == 0 }.count
        #expect(zeros > 400 && zeros < 600)
        #expect(dropped.scalars.allSatisfy { $0 == 0 || $0 == 2 })
        #expect(evaluating { Dropout(0.5)(x) }.scalars == x.scalars)
    }
}


struct DescriptionTests {
    @Test func tensorsPrintTheirValuesAndShape() {
        #expect(Tensor(2.5).description == "Tensor(2.5)")
        #expect(Tensor([1, 2]).description == "Tensor([1.0, 2.0], shape: [2])")
        #expect(Tensor([[0, 1], [1, 1]]).description == "Tensor([[0.0, 1.0],\n         [1.0, 1.0]], shape: [2, 2])")
    }
}
