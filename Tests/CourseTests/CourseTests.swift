import Foundation
import Testing
import LessonKit

/// Every lesson of the course runs to the end without an error.
struct CourseTests {
    static let lessonsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Lessons")

    static var lessonFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: lessonsFolder.path)) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted()
    }

    @Test func theCourseHasLessons() {
        #expect(!Self.lessonFiles.isEmpty)
    }

    @Test(arguments: lessonFiles)
    func lessonRunsCleanly(file: String) throws {
        let text = try String(contentsOf: Self.lessonsFolder.appendingPathComponent(file), encoding: .utf8)
        let lesson = try Lesson(LessonSource(path: "Lessons/" + file, text: text))
        #expect(lesson.warnings.isEmpty)
        let run = LessonRunner().run(lesson)
        for diagnostic in run.blocks.flatMap(\.diagnostics) {
            Issue.record("\(diagnostic.formatted)")
        }
        #expect(!run.blocks.isEmpty)
        #expect(run.blocks.allSatisfy { $0.status == .ok })
    }
}
