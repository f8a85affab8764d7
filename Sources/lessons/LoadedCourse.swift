import ArgumentParser
import Foundation
import LessonKit

/// A course folder read and parsed: its settings, and its lessons in course
/// order (or the files named); each lesson that does not parse is reported
/// at its place and listed in `failures`.
struct LoadedCourse {
    let settings: CourseSettings
    let lessons: [Lesson]
    let failures: [String]

    /// - Parameter only: lesson files to take instead of the folder's all.
    init(folder: String, only: [String] = []) throws {
        settings = try LessonFiles.readCourse(in: folder)
        settings.warnings.forEach(printDiagnostic)
        let sources: [LessonSource]
        do {
            sources = only.isEmpty ? try settings.ordered(try LessonFiles.readFolder(folder)) : try only.map(LessonFiles.readLesson)
        } catch let error as LessonDiagnostic {
            printDiagnostic(error)
            throw ExitCode.failure
        }
        var lessons: [Lesson] = [], failures: [String] = []
        for source in sources {
            do {
                let lesson = try Lesson(source)
                lesson.warnings.forEach(printDiagnostic)
                lessons.append(lesson)
            } catch {
                printDiagnostic(error)
                failures.append(source.path)
            }
        }
        self.lessons = lessons
        self.failures = failures
    }
}
