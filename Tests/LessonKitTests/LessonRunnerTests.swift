import Testing
import LessonKit
import TestSupport

struct LessonRunnerTests {
    private func run(_ text: String) throws -> LessonRun {
        LessonRunner().run(try Lesson(LessonSource(path: "lesson.md", text: text)))
    }

    /// The location test: an error inside an indented fence, in a lesson with
    /// front matter, is reported at the lesson file's own line and column.
    @Test func errorInAnIndentedFenceAfterFrontMatterHasTheFileLocation() throws {
        let marked = Marked("""
        ---
        title: Where
        ---

        Some prose.

           ```swift
           let ok = 1
           let zero = 0
           let bad = ok 1️⃣/ zero
           ```
        """)
        let result = try #require(try run(marked.code).blocks.first)
        #expect(result.status == .error)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message == "division by zero")
        #expect((diagnostic.line, diagnostic.column) == (marked.line, marked.column))
        #expect(diagnostic.sourceLine == "   let bad = ok / zero")
    }

    @Test func compileErrorsAreLocatedInTheFileToo() throws {
        let marked = Marked("# T\n\n```swift\nlet a = 1\n```\n\n  ```swift\n  let b = 1️⃣c + a\n  ```\n")
        let run = try run(marked.code)
        let diagnostic = try #require(run.blocks[1].diagnostics.first)
        #expect(diagnostic.message == "cannot find 'c' in scope")
        #expect((diagnostic.line, diagnostic.column) == (marked.line, marked.column))
    }

    @Test func blocksShareStateAndStopAtTheFirstError() throws {
        let text = "```swift\nvar n = 1\n```\n\n```swift\nn += 1\nprint(n)\n```\n\n```swift\nlet zero = 0\nn / zero\n```\n\n```swift\nprint(\"later\")\n```\n"
        let run = try run(text)
        #expect(run.blocks.map(\.status) == [.ok, .ok, .error, .skipped])
        #expect(run.blocks.map(\.line) == [2, 6, 11, 16])
        #expect(run.blocks[1].stdout == "2\n")
        #expect(run.blocks[3].stdout == "")
        #expect(run.failed)
    }

    @Test func onlySwiftBlocksRun() throws {
        let run = try run("```python\nprint('no')\n```\n\n```\nplain\n```\n\n```swift\n6 * 7\n```\n")
        #expect(run.blocks.count == 1)
        #expect(run.blocks[0].value?.text == "42")
        #expect(!run.failed)
    }

    @Test func errorsInAFunctionPointAtItsDeclaringBlock() throws {
        let text = "```swift\nfunc f(_ d: Int) -> Int {\n    10 / d\n}\n```\n\n```swift\nf(0)\n```\n"
        let diagnostic = try #require(try run(text).blocks[1].diagnostics.first)
        #expect((diagnostic.line, diagnostic.column) == (3, 8))
    }
}

extension LessonRunnerTests {
    /// `timeout=` scales a block's budgets: the same loop fits in a long block and not in a short one.
    @Test func aBlocksTimeoutScalesItsStepBudget() throws {
        let loop = "var n = 0\nwhile n < 20_000 { n += 1 }\nn"
        let short = try run("```swift timeout=0.001\n\(loop)\n```\n").blocks[0]
        #expect(short.status == .error)
        #expect(short.diagnostics.first?.message.hasPrefix("step limit reached: the block ran 5000 loop iterations") == true)
        let long = try run("```swift timeout=0.01\n\(loop)\n```\n").blocks[0]
        #expect(long.status == .ok)
        #expect(long.value?.text == "20000")
    }

    @Test func aMalformedTimeoutIsAnErrorOnTheFenceLine() throws {
        let result = try run("Intro.\n\n```swift timeout=soon\nprint(1)\n```\n").blocks[0]
        #expect(result.status == .error)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message == "timeout needs a number of seconds from 0 to 3600, as in 'timeout=30'; got 'timeout=soon'")
        #expect(diagnostic.line == 3)
    }
}
