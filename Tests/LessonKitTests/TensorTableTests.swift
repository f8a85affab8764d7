import Testing
import LessonKit

/// A block's trailing tensor is laid out as a table with its shape.
struct TensorTableTests {
    private func run(_ code: String) throws -> LessonRun {
        LessonRunner().run(try Lesson(LessonSource(path: "t.md", text: "```swift\n\(code)\n```\n")))
    }

    private func page(_ code: String) throws -> String {
        try #require(Site(runs: [try run(code)], courseTitle: "C").files["t.html"])
    }

    @Test func aMatrixIsATableWithItsShape() throws {
        let html = try page("Tensor([[1, 2, 3], [4, 5, 6]])")
        #expect(html.contains("<tr><td>1.0</td><td>2.0</td><td>3.0</td></tr>\n<tr><td>4.0</td><td>5.0</td><td>6.0</td></tr>"))
        #expect(html.contains("<figcaption>shape [2, 3]</figcaption>"))
    }

    @Test func theMiddleOfALargeTensorIsElided() throws {
        let html = try page("Tensor.zeros([20, 30])")
        let rows = html.components(separatedBy: "<tr>").count - 1
        #expect(rows == 11)
        #expect(html.contains("<td class=\"elided\">⋮</td>"))
        #expect(html.contains("<td class=\"elided\">…</td>"))
        #expect(html.contains("<figcaption>shape [20, 30]</figcaption>"))
    }

    @Test func otherRanksKeepTheirTextWithTheShape() throws {
        let html = try page("Tensor.zeros([2, 1, 2])")
        #expect(html.contains("<figure class=\"tensor\"><pre class=\"value\">Tensor([[[0.0, 0.0]],"))
        #expect(html.contains("<figcaption>shape [2, 1, 2]</figcaption>"))
    }

    @Test func theJSONReportCarriesTheTensor() throws {
        let json = try run("Tensor([0.5, 2])").json
        #expect(json.contains("\"tensor\" : {"))
        #expect(json.contains("\"shape\" : [\n          2\n        ]"))
        #expect(try run("1 + 1").json.contains("\"tensor\" : null"))
    }
}
