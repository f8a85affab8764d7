import Testing
@testable import Tensors

struct TrainingTests {
    @Test func fitLearnsXORWithAnMLP() throws {
        try RandomSource.$current.withValue(RandomSource(seed: 1)) {
            let (x, y) = Datasets.logicGate(.xor)
            let model = Sequential {
                Linear(2, 4); Tanh()
                Linear(4, 1); Sigmoid()
            }
            let history = try fit(model, x, y, epochs: 1500, optimizer: SGD(model.parameters, learningRate: 0.5, momentum: 0.9), loss: mse)
            #expect(history.losses.count == 1500)
            #expect(history.losses.last! < 0.01, "XOR loss \(history.losses.last!)")
            #expect(history.losses.last! < history.losses.first!)
        }
    }

    @Test func miniBatchesCoverEveryExampleEachEpoch() throws {
        try RandomSource.$current.withValue(RandomSource(seed: 2)) {
            let (x, labels) = Datasets.blobs(count: 60, classes: 3, spread: 0.3)
            let model = Linear(2, 3)
            let history = try fit(model, x, labels, epochs: 40, batchSize: 16, optimizer: Adam(model.parameters, learningRate: 0.05), loss: crossEntropy)
            #expect(history.losses.last! < 0.2)
            let predictions = evaluating { model(x).argmax(axis: 1) }
            let accuracy = zip(predictions.scalars, labels.scalars).filter { $0 == $1 }.count
            #expect(accuracy >= 57, "blobs accuracy \(accuracy)/60")
        }
    }

    @Test func fitRefusesMismatchedExampleCounts() {
        #expect(throws: TensorError.self) {
            try fit(Linear(2, 1), Tensor.zeros([4, 2]), Tensor.zeros([3, 1]), epochs: 1, optimizer: SGD([], learningRate: 0.1), loss: mse)
        }
    }

    @Test func weightDecayShrinksWeightsWithoutAGradientSignal() {
        let w = Tensor([1, -2], requiresGrad: true)
        let optimizer = SGD([w], learningRate: 0.1, weightDecay: 0.5)
        (w * 0).sum().backward()
        optimizer.step()
        #expect(w.scalars == [0.95, -1.9])
    }

    @Test func momentumAccumulatesVelocity() {
        let w = Tensor([0], requiresGrad: true)
        let optimizer = SGD([w], learningRate: 1, momentum: 0.5)
        for _ in 0..<2 {
            optimizer.zeroGrad()
            w.sum().backward()
            optimizer.step()
        }
        // v1 = 1, w = −1; v2 = 0.5 + 1 = 1.5, w = −2.5.
        #expect(w.scalars == [-2.5])
    }

    @Test func clippingScalesTheJointNorm() {
        let a = Tensor([0], requiresGrad: true), b = Tensor([0], requiresGrad: true)
        (a * 3 + b * 4).sum().backward()
        #expect(clipGradNorm([a, b], maxNorm: 1) == 5)
        #expect(abs(a.grad!.scalars[0] - 0.6) < 1e-6)
        #expect(abs(b.grad!.scalars[0] - 0.8) < 1e-6)
    }
}
