import ArgumentParser
import Foundation
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
            printDiagnostic(diagnostic)
            throw ExitCode.failure
        }
        parsed.warnings.forEach(printDiagnostic)
        let style = Terminal.style(for: STDOUT_FILENO)
        let status = StatusLine()
        let isJSON = json
        // Each block's outputs appear as soon as it ends, as in a notebook; the status line says what runs meanwhile.
        let run = LessonRunner().run(parsed) { event in
            switch event {
            case .blockStarted(let index, let count, let line):
                status.show("running block \(index + 1) of \(count) (line \(line))", now: true)
            case .loopProgressed(let done, let total):
                status.show("running: \(done) of \(total) (\(done * 100 / total)%)")
            case .blockFinished(let result):
                status.clear()
                if !isJSON { writeOutput(result.terminalText(style)) }
            }
        }
        status.clear()
        writeOutput(json ? run.json : run.terminalSummary(style))
        if run.failed { throw ExitCode.failure }
    }
}

/// Writes to standard output at once, so a reader sees each block as it ends even through a pipe.
func writeOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
