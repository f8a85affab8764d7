import Testing
import LessonKit
import TestSupport

/// The words after `swift` on a fence: how a block runs and shows.
struct BlockAttributeTests {
    private func run(_ text: String) throws -> LessonRun {
        LessonRunner().run(try Lesson(LessonSource(path: "a.md", text: text)))
    }

    private func page(_ text: String) throws -> String {
        try #require(Site(runs: [try run(text)], courseTitle: "C").files["a.html"])
    }

    @Test func hideShowsOnlyTheOutput() throws {
        let html = try page("```swift hide\nlet secret = 41\nprint(\"shown\")\n```\n")
        #expect(!html.contains("secret"))
        #expect(html.contains("<pre class=\"stdout\">shown\n</pre>"))
    }

    @Test func norunShowsTheCodeAndRunsNothing() throws {
        let lesson = try run("```swift norun\nwhile true { }\n```\n\n```swift\n1 + 1\n```\n")
        #expect(lesson.blocks.map(\.value?.text) == ["2"])
        #expect(try page("```swift norun\nwhile true { }\n```\n").contains("<span class=\"hl-keyword\">while</span>"))
    }

    @Test func silentShowsTheCodeButNoOutput() throws {
        let html = try page("```swift silent\nprint(\"hush\")\n7\n```\n")
        #expect(html.contains("<span class=\"hl-string\">&quot;hush&quot;</span>"))
        #expect(!html.contains("class=\"stdout\""))
        #expect(!html.contains("class=\"value\""))
    }

    @Test func anIdAnchorsTheBlock() throws {
        #expect(try page("```swift id=loop\n1\n```\n").contains("<div class=\"block\" id=\"loop\">"))
    }

    @Test func anExpectedErrorIsTheBlocksOutputAndTheLessonGoesOn() throws {
        let lesson = try run("```swift expect-error\nlet n: Int = \"x\"\n```\n\n```swift\n2 * 3\n```\n")
        #expect(lesson.blocks.map(\.status) == [.expectedError, .ok])
        #expect(lesson.blocks[0].diagnostics.first?.message == "cannot convert value of type 'String' to specified type 'Int'")
        #expect(lesson.blocks[1].value?.text == "6")
        #expect(!lesson.failed)
        let html = try page("```swift expect-error\n1 / 0\n```\n")
        #expect(html.contains("<pre class=\"error expected\">"))
        #expect(!html.contains("role=\"alert\""))
    }

    @Test func aBlockExpectedToFailThatRunsIsAnErrorOnItsFence() throws {
        let lesson = try run("Intro.\n\n```swift expect-error\n1 + 1\n```\n")
        #expect(lesson.failed)
        let diagnostic = try #require(lesson.blocks.first?.diagnostics.first)
        #expect(diagnostic.message == "this block is marked expect-error, but it ran without an error")
        #expect(diagnostic.line == 3)
    }

    @Test func anUnknownAttributeIsAWarningAtItsPlace() throws {
        let marked = Marked("# A\n\n  ```swift hide 1️⃣shiny\n  1\n  ```\n")
        let lesson = try Lesson(LessonSource(path: "a.md", text: marked.code))
        let warning = try #require(lesson.warnings.first)
        #expect(warning.message.hasPrefix("unknown block attribute 'shiny'"))
        #expect((warning.line, warning.column) == (marked.line, marked.column))
    }

    @Test func theJSONReportNamesAnExpectedError() throws {
        let json = try run("```swift expect-error\n1 / 0\n```\n").json
        #expect(json.contains("\"status\" : \"expected-error\""))
    }
}
