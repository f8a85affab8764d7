import ArgumentParser
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

    @Flag(help: "Build the students' site: solutions stubbed, no hidden checks, exercises left to do.")
    var student = false

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let course = try LoadedCourse(folder: lessons)
        // Students' lessons are parsed from their own text, so nothing of a solution reaches their pages.
        let parsed = student ? try course.lessons.map { try Lesson($0.studentSource) } : course.lessons
        var failures = course.failures
        let runs = runLessons(parsed, useCache: !noCache)
        for run in runs where run.failed || (!student && !run.isComplete) {
            run.blocks.flatMap(\.diagnostics).forEach(printDiagnostic)
            for exercise in run.exercises where !exercise.passed {
                printError("\(run.lesson.source.path): exercise \(exercise.id) failed: \(exercise.locatedMessage)")
            }
            failures.append(run.lesson.source.path)
        }
        guard failures.isEmpty else {
            printError("error: \(failures.count) lesson(s) failed, \(output)/ left unchanged:")
            failures.forEach { printError("  \($0)") }
            throw ExitCode.failure
        }
        let site = Site(runs: runs, courseTitle: course.settings.title, author: course.settings.author)
        try LessonFiles.replaceFolder(output, with: LessonFiles.files(of: site))
        printError("built \(runs.count) lesson(s) into \(output)/ in \(Int((clock.now - start).seconds * 1000)) ms")
    }
}

/// Runs the lessons in parallel over the cores, keeping their order. A
/// lesson whose text and tool are those of its last successful run takes
/// that run's results from the cache instead (not with `--no-cache`).
/// Each lesson's time is printed as it ends; on a terminal, a status
/// line shows the blocks running meanwhile.
func runLessons(_ lessons: [Lesson], useCache: Bool) -> [LessonRun] {
    let progress = BuildProgress(total: lessons.count)
    let version = LessonFiles.toolVersion
    let runs = lessons.parallelMap { lesson in
        let key = RunCache.key(for: lesson.source, version: version)
        if useCache, let entry = LessonFiles.cachedRun(key), let run = RunCache.run(of: lesson, from: entry) {
            progress.finish(lesson.source.path, "cached \(lesson.source.path) (\(run.blocks.count) blocks)")
            return run
        }
        let start = ContinuousClock.now
        let run = LessonRunner().run(lesson) { event in progress.update(lesson.source.path, event) }
        if !run.failed { LessonFiles.storeRun(key, RunCache.entry(for: run)) }
        let seconds = String(format: "%.2f", (ContinuousClock.now - start).seconds)
        progress.finish(lesson.source.path, "ran \(lesson.source.path) (\(run.blocks.count) blocks, \(seconds) s)\(run.failed ? ": failed" : "")")
        return run
    }
    progress.status.clear()
    return runs
}

/// What a build has done and is doing, for the status line: lessons done of
/// all, and for each lesson running, its block (and loop, if it reports one).
private final class BuildProgress: @unchecked Sendable {
    let status = StatusLine()
    private let total: Int
    private var done = 0
    private var running: [String: String] = [:]
    private let lock = NSLock()

    init(total: Int) {
        self.total = total
    }

    func update(_ lesson: String, _ event: RunEvent) {
        let name = Self.name(lesson)
        let text: String? = lock.withLock {
            switch event {
            case .blockStarted(let index, let count, _): running[name] = "\(name) block \(index + 1)/\(count)"
            case .loopProgressed(let step, let steps): running[name] = (running[name]?.components(separatedBy: " · ").first ?? name) + " · \(step * 100 / steps)%"
            case .blockFinished: return nil
            }
            return summary
        }
        if let text { status.show(text) }
    }

    func finish(_ lesson: String, _ line: String) {
        let text = lock.withLock {
            done += 1
            running[Self.name(lesson)] = nil
            return summary
        }
        status.printAbove(line, status: text)
    }

    /// `[2/10] 03-descent.md block 4/12, 04-backprop.md block 1/9 · 40%`; call with the lock held.
    private var summary: String {
        "[\(done)/\(total)] " + running.keys.sorted().compactMap { running[$0] }.joined(separator: ", ")
    }

    private static func name(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
