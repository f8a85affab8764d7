import ArgumentParser
import Foundation
import LessonKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run the lessons' exercises and their checks; print each one's verdict and the points."
    )

    @Argument(help: "Lesson files to check (default: every lesson of the course).")
    var files: [String] = []

    @Option(help: "The folder of lessons (*.md).")
    var lessons = "Lessons"

    func run() throws {
        let course = try LoadedCourse(folder: lessons, only: files)
        let status = StatusLine()
        let runs = course.lessons.parallelMap { lesson in
            status.show("checking \(lesson.source.fileName)")
            return LessonRunner().run(lesson)
        }
        status.clear()
        writeOutput(CheckReport.text(runs, Terminal.style(for: STDOUT_FILENO)))
        if !course.failures.isEmpty || runs.contains(where: { !$0.isComplete }) { throw ExitCode.failure }
    }
}
