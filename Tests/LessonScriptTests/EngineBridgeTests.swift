import Testing
import LessonScript
import TestSupport

/// The engine in lesson code: tensors, operators, losses, optimizers.
struct EngineBridgeTests {
    @Test func tensorsAreBuiltFromLiteralsAndPrintWithTheirShape() {
        let outcome = run("let t = Tensor([[0, 1], [2, 3]])\nprint(t.shape, t.count)\nt.transposed")
        #expect(outcome.output == "[2, 2] 4\n")
        #expect(outcome.value?.text == "Tensor([[0.0, 2.0],\n         [1.0, 3.0]], shape: [2, 2])")
    }

    @Test func operatorsMixTensorsAndFloats() {
        let outcome = run("let t = Tensor([1, 2, 3])\n(t * 2 + 1 - t / 2 - 0.5).scalars")
        #expect(outcome.value?.text == "[2.0, 3.5, 5.0]", "a float literal beside a tensor is a Float")
    }

    @Test func gradientsFlowThroughLessonCode() {
        let code = "let w = Tensor([1, -2], requiresGrad: true)\nlet loss = (w * w).sum()\nloss.backward()\nw.grad!.scalars"
        #expect(run(code).value?.text == "[2.0, -4.0]")
    }

    @Test func anOptimizerTrainsXORBelowTheClaimedLoss() throws {
        let code = """
        let x = Tensor([[0, 0], [0, 1], [1, 0], [1, 1]])
        let t = Tensor([[0], [1], [1], [0]])
        let w1 = Tensor.randn([2, 4], requiresGrad: true), b1 = Tensor.zeros([4], requiresGrad: true)
        let w2 = Tensor.randn([4, 1], requiresGrad: true), b2 = Tensor.zeros([1], requiresGrad: true)
        let optimizer = Adam([w1, b1, w2, b2], learningRate: 0.05)
        var last: Float = 1
        for _ in 0..<1500 {
            let loss = mse(((x.matmul(w1) + b1).tanh().matmul(w2) + b2).sigmoid(), t)
            optimizer.zeroGrad()
            loss.backward()
            optimizer.step()
            last = loss.item()
        }
        last < 0.01
        """
        let outcome = ScriptSession(seed: 1).run(code)
        #expect(outcome.failure == nil, "\(outcome.failure?.first.message ?? "")")
        #expect(outcome.value?.text == "true")
    }

    @Test func theSeedFixesEveryRandomDraw() {
        let draw = "Tensor.randn([3]).scalars"
        #expect(ScriptSession(seed: 7).run(draw).value?.text == ScriptSession(seed: 7).run(draw).value?.text)
        #expect(ScriptSession(seed: 7).run(draw).value?.text != ScriptSession(seed: 8).run(draw).value?.text)
        #expect(ScriptSession(seed: 7).run(draw).value?.text == "[-0.279024, 1.8997686, 2.136306]")
    }

    @Test(arguments: [
        ("let a = Tensor([[1, 2, 3], [4, 5, 6]])\nlet b = Tensor([[1, 2]])\nlet c = a.1️⃣matmul(b)", "matmul: [2, 3] × [1, 2]: inner dimensions 3 and 1 differ"),
        ("let a = Tensor([1, 2, 3])\nlet b = Tensor([1, 2])\nlet c = a 1️⃣+ b", "add: shapes [3] and [2] cannot be broadcast together"),
        ("let p = Tensor([[1], [0]])\nlet t = Tensor([1, 0])\nlet l = 1️⃣mse(p, t)", "mse: prediction [2, 1] and target [2] must have the same shape"),
        ("let t = Tensor([1, 2])\nlet v = t.1️⃣item()", "item: a tensor of shape [2] has 2 elements, not one"),
        ("let t = Tensor([1, 2])\nt.1️⃣backward()", "backward: the tensor has shape [2]; call it on a scalar such as a loss"),
    ])
    func engineErrorsAreReportedAtTheUsersExpression(source: String, message: String) throws {
        try expectFailure(source, message)
    }

    @Test func tensorArithmeticRefusesDoubles() throws {
        try expectFailure("let t = Tensor([1, 2])\nlet d = 2.0\nlet u = t 1️⃣* d", "binary operator '*' cannot be applied to operands of type 'Tensor' and 'Double'")
    }
}

extension EngineBridgeTests {
    @Test func sequentialBuildsAModelFromItsLayers() {
        let code = """
        let model = Sequential {
            Linear(3, 4); Sigmoid()
            Linear(4, 2); Sigmoid()
        }
        var total = 0
        for p in model.parameters { total += p.count }
        print(total, model(Tensor.zeros([5, 3])).shape)
        """
        // A 3-4-2 network has (3·4 + 4) + (4·2 + 2) = 26 parameters.
        #expect(run(code).output == "26 [5, 2]\n")
    }

    @Test func layersAreCalledOnTensors() {
        let outcome = run("let relu = ReLU()\nrelu(Tensor([-1, 2])).scalars")
        #expect(outcome.value?.text == "[0.0, 2.0]")
    }

    @Test func aBuilderHoldsOnlyLayers() throws {
        try expectFailure("let m = Sequential {\n    Linear(2, 2)\n    1️⃣3\n}", "each line of a Sequential builder must be a layer, such as 'Linear(2, 4)' or 'Sigmoid()'")
    }
}

/// The rest of the engine lessons use: shapes, reductions, data sets, recurrent layers, modes.
extension EngineBridgeTests {
    @Test func shapesReductionsAndIndexingFollowTheEngine() {
        let outcome = run("""
        let x = Tensor([[1, 2, 3], [4, 5, 6]])
        print(x.reshaped(to: [3, 2]).shape, x.sum(axis: 0).scalars, x.mean(axis: 1, keepingAxis: true).shape, x.argmax(axis: 1).scalars)
        print(x.rows([1]).scalars, x.narrow(axis: 1, start: 1, length: 2).scalars, x.max(axis: 0).scalars, x.rank)
        print(concatenate([x, x]).shape, stack([x, x], axis: 1).shape, oneHot(Tensor([0, 2]), classes: 3).scalars)
        """)
        #expect(outcome.failure == nil, "\(outcome.failure?.first.message ?? "")")
        #expect(outcome.output == """
        [3, 2] [5.0, 7.0, 9.0] [2, 1] [2.0, 2.0]
        [4.0, 5.0, 6.0] [2.0, 3.0, 5.0, 6.0] [4.0, 5.0, 6.0] 2
        [4, 3] [2, 2, 3] [1.0, 0.0, 0.0, 0.0, 0.0, 1.0]

        """)
    }

    @Test func dataSetsTakeTheirEnumerationsAsImplicitMembers() {
        let outcome = run("""
        let xor = Datasets.logicGate(.xor)
        let data = Datasets.sequences(.reverse, count: 2, length: 4, vocabulary: 6)
        let (points, labels) = Datasets.twoMoons(count: 10)
        print(xor.targets.scalars, data.source.shape, points.shape, labels.shape)
        """)
        #expect(outcome.output == "[0.0, 1.0, 1.0, 0.0] [2, 4] [10, 2] [10]\n", "\(outcome.failure?.first.message ?? "")")
    }

    @Test func recurrentLayersTakeAndGiveTheirStates() {
        let outcome = run("""
        let tokens = Tensor([[2, 3, 4]])
        let embed = Embedding(6, 3)
        let (outputs, state) = GRU(3, 5)(embed(tokens), state: nil)
        let lstm = LSTM(3, 4)(embed(tokens), state: nil)
        let step = LSTMCell(3, 4)(Tensor.zeros([1, 3]), state: (hidden: Tensor.zeros([1, 4]), cell: Tensor.zeros([1, 4])))
        print(outputs.shape, state.shape, lstm.state.cell.shape, step.hidden.shape, RNN(3, 2)(embed(tokens)).shape)
        """)
        #expect(outcome.output == "[1, 3, 5] [1, 5] [1, 4] [1, 4] [1, 3, 2]\n", "\(outcome.failure?.first.message ?? "")")
    }

    @Test func evaluatingIsWhatItsClosureGivesAndLearningRatesAreSet() {
        let outcome = run("""
        let model = Sequential { Linear(2, 1); Dropout(0.5) }
        let output = evaluating { model(Tensor([[1, 2]])) }
        let optimizer = SGD(model.parameters, learningRate: 0.5)
        optimizer.learningRate *= 0.1
        print(output.shape, output.requiresGrad, optimizer.learningRate)
        """)
        #expect(outcome.output == "[1, 1] false 0.05\n", "\(outcome.failure?.first.message ?? "")")
    }

    @Test(arguments: [
        ("let x = Tensor([1, 2])\nlet y = x.1️⃣narrow(axis: 0, start: 1, length: 5)", "slice: 1..<6 is outside axis 0 of [2]"),
        ("let x = Tensor([1, 2])\nlet y = x.1️⃣reshaped(to: [3])", "reshape: cannot view [2] (2 elements) as [3]"),
        ("let g = GRU(3, 5)\nlet y = 1️⃣g(Tensor.zeros([1, 2, 4]))", "GRU: expected a sequence [B, T, 3] (batch, steps, features), got [1, 2, 4]"),
        ("let e = 1️⃣Embedding(0, 3)", "Embedding: count must be a whole number from 1 up; got 0"),
        ("let d = 1️⃣Datasets.twoMoons(count: -1)", "twoMoons: count must be from 1 to 100000; got -1"),
    ])
    func engineMistakesAreErrorsAtTheCall(source: String, message: String) throws {
        try expectFailure(source, message)
    }
}
