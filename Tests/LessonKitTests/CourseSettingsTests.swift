import Testing
import LessonKit
import TestSupport

/// `Lessons/course.yml`: title, author, and the order of the lessons.
struct CourseSettingsTests {
    private func lessons(_ names: String...) -> [LessonSource] {
        names.map { LessonSource(path: "Lessons/\($0)", text: "# \($0)\n") }
    }

    @Test func theOrderListsLessonsFirstAndTheRestFollowByName() throws {
        let course = try CourseSettings(LessonSource(path: "Lessons/course.yml", text: "title: T\norder: [03-c.md, 01-a.md]\n"))
        let ordered = try course.ordered(lessons("01-a.md", "02-b.md", "03-c.md", "04-d.md"))
        #expect(ordered.map(\.name) == ["03-c", "01-a", "02-b", "04-d"])
    }

    @Test func aNameWithNoLessonIsAnErrorAtItsPlace() throws {
        let marked = Marked("title: T\norder: [01-a.md, 1️⃣09-z.md]\n")
        let course = try CourseSettings(LessonSource(path: "course.yml", text: marked.code))
        #expect(throws: LessonDiagnostic.self) { try course.ordered(lessons("01-a.md")) }
        do {
            _ = try course.ordered(lessons("01-a.md"))
        } catch {
            #expect(error.message == "course.yml 'order' names '09-z.md', which is not a lesson in the folder (or is named twice)")
            #expect((error.line, error.column) == (marked.line, marked.column))
        }
    }

    @Test func titleAndAuthorReachTheIndexAndUnknownKeysWarn() throws {
        let course = try CourseSettings(LessonSource(path: "course.yml", text: "title: Deep <learning>\nauthor: Ann & Bo\ncolour: blue\n"))
        #expect(course.warnings.map(\.message) == ["unknown course.yml key 'colour'; known keys are 'title', 'author', 'order'"])
        #expect(course.warnings.first?.line == 3)
        let site = Site(runs: [], courseTitle: course.title, author: course.author)
        let index = try #require(site.files["index.html"])
        #expect(index.contains("<h1>Deep &lt;learning&gt;</h1>"))
        #expect(index.contains("<p class=\"author\">Ann &amp; Bo</p>"))
    }

    @Test func malformedYAMLIsAnErrorInTheFile() {
        #expect(throws: LessonDiagnostic.self) { try CourseSettings(LessonSource(path: "course.yml", text: "title: [unclosed\n")) }
        #expect(throws: LessonDiagnostic.self) { try CourseSettings(LessonSource(path: "course.yml", text: "order: 3\n")) }
    }
}
