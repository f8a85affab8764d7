import Foundation
import Testing
import LessonKit

struct ReportTests {
    private let run = LessonRunner().run(try! Lesson(LessonSource(
        path: "Lessons/r.md",
        text: "# Report\n\n```swift\nprint(\"hi\")\n2 + 2\n```\n\n```swift\nlet zero = 0\n1 / zero\n```\n\n```swift\n1\n```\n"
    )))

    @Test func jsonHasTheDocumentedShape() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.json.utf8)) as? [String: Any])
        #expect(object["lesson"] as? String == "Lessons/r.md")
        #expect(object["title"] as? String == "Report")
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        #expect(blocks.count == 3)
        #expect(blocks[0]["index"] as? Int == 0)
        #expect(blocks[0]["line"] as? Int == 4)
        #expect(blocks[0]["stdout"] as? String == "hi\n")
        #expect(blocks[0]["value"] as? String == "4")
        #expect(blocks[0]["error"] is NSNull)
        #expect(blocks[0]["status"] as? String == "ok")
        let error = try #require(blocks[1]["error"] as? [String: Any])
        #expect(error["message"] as? String == "division by zero")
        #expect(error["line"] as? Int == 10)
        #expect(error["column"] as? Int == 3)
        #expect(blocks[1]["value"] is NSNull)
        #expect(blocks[1]["status"] as? String == "error")
        #expect(blocks[2]["status"] as? String == "skipped")
    }

    @Test func terminalReportShowsOutputsErrorsAndASummary() {
        #expect(run.terminalReport() == """
        ── block 1, line 4 ────────────────────────────────────────
        hi
        → 4
        ── block 2, line 9 ────────────────────────────────────────
        Lessons/r.md:10:3: error: division by zero
        1 / zero
          ^
        ── block 3, line 14 ────────────────────────────────────────
        (not run: an earlier block failed)
        Lessons/r.md: 1 ok, 1 failed, 1 not run

        """)
    }
}

extension ReportTests {
    private static let shown = LessonRunner().run(try! Lesson(LessonSource(
        path: "s.md",
        text: "```swift\nplot([3.0, 2, 1], title: \"Falls\")\n(x: 1, y: [2.5, .nan])\n```\n\n```swift\nTensor([[1, 2]])\n```\n"
    )))

    @Test func jsonGivesTheValuesTypeAndStructureAndTheFigures() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(Self.shown.json.utf8)) as? [String: Any])
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        #expect(blocks[0]["value"] as? String == "(x: 1, y: [2.5, nan])")
        #expect(blocks[0]["type"] as? String == "(x: Int, y: [Double])")
        let data = try #require(blocks[0]["data"] as? [Any])
        #expect(data[0] as? Int == 1)
        #expect((data[1] as? [Any])?.last as? String == "nan")
        let figures = try #require(blocks[0]["figures"] as? [[String: Any]])
        #expect(figures.count == 1)
        #expect(figures[0]["title"] as? String == "Falls")
        #expect((figures[0]["svg"] as? String)?.hasPrefix("<svg") == true)
        let tensor = try #require(blocks[1]["tensor"] as? [String: Any])
        #expect(tensor["shape"] as? [Int] == [1, 2])
        #expect((blocks[1]["data"] as? [String: Any])?["scalars"] as? [Double] == [1, 2])
        #expect(blocks[1]["figures"] as? [Any] != nil)
    }

    @Test func theTerminalShowsFiguresAsText() {
        let report = Self.shown.terminalReport()
        #expect(report.contains("→ (x: 1, y: [2.5, nan])\nFalls\n"))
        #expect(report.contains("⠉"))
    }
}

extension ReportTests {
    @Test func colouredReportsPaintSeveritiesAndRules() {
        let coloured = run.terminalReport(.colored)
        #expect(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[2m── block 1, line 4"))
        #expect(coloured.contains("\u{1B}[36m→ 4\u{1B}[0m"))
        // Without the escapes, the coloured report reads as the plain one.
        let stripped = coloured.replacing(/\u{1B}\[[0-9;]*m/, with: "")
        #expect(stripped == run.terminalReport())
    }
}
