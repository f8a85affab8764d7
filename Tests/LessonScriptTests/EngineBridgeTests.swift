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
