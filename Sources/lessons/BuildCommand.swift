import ArgumentParser
import Dispatch
import Foundation
import LessonKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Run every lesson and write the course site."
    )

    @Option(help: "The folder of lessons (*.md).")
    var lessons = "Lessons"

    @Option(help: "The folder to write the site to; it is replaced only when every lesson succeeds.")
    var output = "site"

    @Flag(help: "Run every lesson, even one whose text and tool have not changed since its last successful run.")
    var noCache = false

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let course = try LessonFiles.readCourse(in: lessons)
        course.warnings.forEach { printError($0.formatted) }
        let sources: [LessonSource]
        do {
            sources = try course.ordered(try LessonFiles.readFolder(lessons))
        } catch let error as LessonDiagnostic {
            printError(error.formatted)
            throw ExitCode.failure
        }
        var parsed: [Lesson] = []
        var failures: [String] = []
        for source in sources {
            do {
                let lesson = try Lesson(source)
                lesson.warnings.forEach { printError($0.formatted) }
                parsed.append(lesson)
            } catch {
                printError(error.formatted)
                failures.append(source.path)
            }
        }

        let runs = runAll(parsed)
        for run in runs where run.failed {
            run.blocks.flatMap(\.diagnostics).forEach { printError($0.formatted) }
            failures.append(run.lesson.source.path)
        }
        guard failures.isEmpty else {
            printError("error: \(failures.count) lesson(s) failed, \(output)/ left unchanged:")
            failures.forEach { printError("  \($0)") }
            throw ExitCode.failure
        }
        try LessonFiles.replaceFolder(output, with: Site(runs: runs, courseTitle: course.title, author: course.author))
        let elapsed = clock.now - start
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        printError("built \(runs.count) lesson(s) into \(output)/ in \(milliseconds) ms")
    }

    /// Runs the lessons in parallel over the cores, keeping their order. A
    /// lesson whose text and tool are those of its last successful run takes
    /// that run's results from the cache instead (not with `--no-cache`).
    private func runAll(_ lessons: [Lesson]) -> [LessonRun] {
        let results = RunResults(count: lessons.count)
        let version = LessonFiles.toolVersion
        let useCache = !noCache
        DispatchQueue.concurrentPerform(iterations: lessons.count) { index in
            let lesson = lessons[index]
            let key = RunCache.key(for: lesson.source, version: version)
            if useCache, let entry = LessonFiles.cachedRun(key), let run = RunCache.run(of: lesson, from: entry) {
                results.store(run, at: index)
                printError("cached \(lesson.source.path) (\(run.blocks.count) blocks)")
                return
            }
            let run = LessonRunner().run(lesson)
            if !run.failed { LessonFiles.storeRun(key, RunCache.entry(for: run)) }
            results.store(run, at: index)
            printError("ran \(lesson.source.path) (\(run.blocks.count) blocks)\(run.failed ? ": failed" : "")")
        }
        return results.all
    }
}

/// Collects results from concurrent workers, each writing its own index.
private final class RunResults: @unchecked Sendable {
    private var runs: [LessonRun?]
    private let lock = NSLock()

    init(count: Int) {
        runs = Array(repeating: nil, count: count)
    }

    func store(_ run: LessonRun, at index: Int) {
        lock.withLock { runs[index] = run }
    }

    var all: [LessonRun] {
        lock.withLock { runs.compactMap { $0 } }
    }
}
