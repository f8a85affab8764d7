import LessonScript
import TestSupport
import Testing

/// Figures in lesson code: each call shows one figure after the block's output.
struct FigureTests {
    @Test func plotShowsASeriesWithItsWords() throws {
        let outcome = run("var losses: [Float] = []\nfor i in 1...20 { losses.append(1 / Float(i)) }\nplot(losses, title: \"Loss\", xLabel: \"epoch\")")
        #expect(outcome.failure == nil)
        let figure = try #require(outcome.figures.first)
        #expect(outcome.figures.count == 1)
        #expect(figure.title == "Loss")
        #expect(figure.svg.contains(">epoch</text>"))
        #expect(figure.text.hasPrefix("Loss\n"))
        #expect(outcome.value == nil)
    }

    @Test(arguments: [
        "plot([1, 2, 3])",
        "plot([1.5, 2, 3])",
        "plot(Tensor([1, 2, 3]), title: \"t\")",
        "plot([[1, 2], [3, 4]], labels: [\"a\", \"b\"])",
        "let xs = [0.0, 1, 2]\nplot(x: xs, y: [xs.map { $0 * $0 }, xs], labels: [\"square\", \"line\"])",
        "plot(x: Tensor([0, 1]), y: Tensor([2, 3]))",
        "scatter([[0, 0], [1, 1]], labels: [0, 1])",
        "scatter(Tensor([[0, 0], [1, 1]]), labels: Tensor([[0], [1]]), title: \"p\")",
        "heatmap(Tensor([[1, 2], [3, 4]]), rowLabels: [\"a\", \"b\"])",
        "heatmap([[0.5, 1], [2, 3]])",
        "let counts = [[3, 0], [1, 4]]\nheatmap(counts, rowLabels: [\"0\", \"1\"], columnLabels: [\"0\", \"1\"])",
        "let rows: [[Float]] = [[0.5, 1]]\nheatmap(rows)",
        "histogram([1.0, 2, 2, 3], bins: 3)",
    ])
    func everyFormShowsOneFigure(code: String) {
        let outcome = run(code)
        #expect(outcome.failure == nil, "\(outcome.failure?.first.message ?? "")")
        #expect(outcome.figures.count == 1)
    }

    @Test func decisionBoundaryTakesALayerAClosureOrAPointFunction() {
        let outcome = run("""
        let x = Tensor([[0, 0], [0, 1], [1, 0], [1, 1]])
        let y = Tensor([0, 0, 0, 1])
        let model = Sequential { Linear(2, 1); Sigmoid() }
        decisionBoundary(model, x, y, title: "layer")
        decisionBoundary({ model($0) }, x, y)
        decisionBoundary({ p in p[0] + p[1] - 1.5 }, [[0, 0], [0, 1], [1, 0], [1, 1]], [0, 0, 0, 1])
        """)
        #expect(outcome.failure == nil, "\(outcome.failure?.first.message ?? "")")
        #expect(outcome.figures.map(\.title) == ["layer", "", ""])
        // The hand-made AND boundary: the region of class 1 is the corner past x + y = 1.5.
        #expect(outcome.figures[2].text.contains("1"))
    }

    @Test func decisionBoundaryTakesALessonsOwnModule() {
        let outcome = run("""
        struct Perceptron: Module {
            var weight = Tensor([[1], [1]])
            func callAsFunction(_ x: Tensor) -> Tensor { x.matmul(weight) - 1.5 }
        }
        decisionBoundary(Perceptron(), Tensor([[0, 0], [1, 1]]), Tensor([0, 1]))
        """)
        #expect(outcome.failure == nil, "\(outcome.failure?.first.message ?? "")")
        // Scores past 0 are class 1: the top-right corner, beyond x + y = 1.5.
        let rows = outcome.figures.first?.text.split(separator: "\n") ?? []
        #expect(rows[0].hasSuffix("░░░░"))
        #expect(rows[19].hasPrefix("-0.12 ┤····"))
    }

    @Test(arguments: [
        ("let m = Sequential { Linear(3, 1) }\n1️⃣decisionBoundary(m, Tensor([[0, 0], [1, 1]]), Tensor([0, 1]))",
         "Linear(3, 1): expects inputs of 3 features, [N, 3]; got [3600, 2]"),
        ("1️⃣scatter(Tensor([1, 2, 3]))", "scatter: points are a tensor of shape [n, 2], one row [x, y] per point; got shape [3]"),
        ("1️⃣scatter([[0, 0], [1, 1]], labels: [0])", "scatter: 1 label for 2 points; give one label per point"),
        ("1️⃣plot([Double]())", "plot: nothing to draw; give it at least one value"),
        ("1️⃣histogram([1.0], bins: 0)", "histogram: bins must be from 1 to 200; got 0"),
        ("1️⃣heatmap(Tensor.zeros([200, 200]))", "heatmap: 40000 cells is more than a figure can show (at most 10000); plot a slice or a summary"),
        ("for i in 0..<200 { 1️⃣plot([Double(i)]) }", "a block may show at most 100 figures; plot fewer, for example every tenth epoch"),
    ])
    func badFiguresAreErrorsAtTheCall(source: String, message: String) throws {
        try expectFailure(source, message)
    }

    @Test func aLayerCalledOnTheWrongShapeIsAnErrorNotACrash() throws {
        try expectFailure("let layer = Linear(3, 1)\nlet y = 1️⃣layer(Tensor([[1, 2]]))", "Linear(3, 1): expects inputs of 3 features, [N, 3]; got [1, 2]")
    }
}
