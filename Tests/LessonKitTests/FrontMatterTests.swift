import Testing
import LessonKit

struct FrontMatterTests {
    @Test func fieldsAreReadAndLinesStayTrue() throws {
        let text = "---\ntitle: Perceptrons\nsummary: One neuron, one rule.\nseed: 7\n---\n\n```swift\nlet x = 1\n```\n"
        let lesson = try Lesson(LessonSource(path: "p.md", text: text))
        #expect(lesson.title == "Perceptrons")
        #expect(lesson.summary == "One neuron, one rule.")
        #expect(lesson.seed == 7)
        #expect(lesson.document.codeBlocks.first?.firstLine == 8)
        #expect(lesson.warnings.isEmpty)
    }

    @Test func titleFallsBackToTheFirstHeadingThenTheFileName() throws {
        #expect(try Lesson(LessonSource(path: "L/a.md", text: "Intro\n\n# Gradient descent\n")).title == "Gradient descent")
        #expect(try Lesson(LessonSource(path: "L/03-descent.md", text: "No heading.\n")).title == "03-descent")
        #expect(try Lesson(LessonSource(path: "L/a.md", text: "# H\n")).seed == 0)
    }

    @Test func unknownKeysAreWarningsAtTheKey() throws {
        let lesson = try Lesson(LessonSource(path: "w.md", text: "---\ntitle: T\n  \nauthor: Ada\n---\n"))
        let warning = try #require(lesson.warnings.first)
        #expect(warning.severity == .warning)
        #expect(warning.message == "unknown front matter key 'author'; known keys are 'title', 'summary', 'seed'")
        #expect((warning.line, warning.column) == (4, 1))
    }

    @Test func aBadSeedIsAnErrorAtItsValue() {
        #expect(throws: LessonDiagnostic.self) { try Lesson(LessonSource(path: "s.md", text: "---\nseed: -3\n---\n")) }
        do {
            _ = try Lesson(LessonSource(path: "s.md", text: "---\ntitle: T\nseed: lots\n---\n"))
        } catch {
            #expect(error.message == "front matter 'seed' must be a whole number from 0 up")
            #expect((error.line, error.column) == (3, 7))
            #expect(error.formatted == "s.md:3:7: error: front matter 'seed' must be a whole number from 0 up\nseed: lots\n      ^")
        }
    }

    @Test func malformedYAMLIsAnErrorAtTheFileLine() {
        do {
            _ = try Lesson(LessonSource(path: "y.md", text: "---\ntitle: ok\nsummary: [unclosed\n---\n"))
            Issue.record("expected a front matter error")
        } catch {
            #expect(error.message.hasPrefix("front matter: "))
            #expect(error.line >= 3, "YAML reports the problem at or after the unclosed bracket")
        }
    }

    @Test func anUnclosedHeaderIsAnError() {
        do {
            _ = try Lesson(LessonSource(path: "u.md", text: "---\ntitle: T\n\n# Body\n"))
            Issue.record("expected a front matter error")
        } catch {
            #expect(error.message == "front matter is not closed: add a '---' line after it")
            #expect((error.line, error.column) == (1, 1))
        }
    }
}
