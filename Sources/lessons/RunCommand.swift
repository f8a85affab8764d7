import ArgumentParser
import LessonKit

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run one lesson and print each block's outputs."
    )

    @Argument(help: "The lesson's Markdown file.")
    var lesson: String

    @Flag(help: "Print one JSON document instead of text.")
    var json = false

    func run() throws {
        let parsed: Lesson
        do {
            parsed = try Lesson(try LessonFiles.readLesson(at: lesson))
        } catch let diagnostic as LessonDiagnostic {
            printError(diagnostic.formatted)
            throw ExitCode.failure
        }
        parsed.warnings.forEach { printError($0.formatted) }
        let run = LessonRunner().run(parsed)
        print(json ? run.json : run.terminalReport, terminator: "")
        if run.failed { throw ExitCode.failure }
    }
}
