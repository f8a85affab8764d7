import ArgumentParser
import Foundation
import LessonKit

struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade a class's submissions: one report with points per exercise, totals and messages.",
        discussion: """
        Each folder of SUBMISSIONS is one student; their lesson files (*.md, at any depth) are matched to the \
        course's by file name. Only their exercise blocks are taken into the course's lessons, which run with \
        every check, hidden ones too. Each student's lessons run in processes of their own, in parallel over the \
        cores, so one submission's crash or hang never touches another's grade.
        """
    )

    @Argument(help: "The folder of submissions: one folder per student.")
    var submissions: String

    @Option(help: "The course's folder of lessons (*.md), with their solutions and hidden checks.")
    var lessons = "Lessons"

    @Option(help: "The report's format: json, csv or junit.")
    var format: GradeReport.Format = .json

    @Option(help: "The file to write the report to (default: standard output).")
    var output: String?

    @Option(help: "The most seconds one student's lesson may take before it is stopped.")
    var timeLimit = 600

    func run() throws {
        let course = try LoadedCourse(folder: lessons)
        guard course.failures.isEmpty else { throw ExitCode.failure }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: submissions) else {
            throw ValidationError("cannot read the submissions folder '\(submissions)'")
        }
        let students = names.filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: submissions + "/" + name, isDirectory: &isDirectory) && isDirectory.boolValue
        }.sorted()
        let graded = course.lessons.filter { !$0.exercises.isEmpty }
        // One job per student and lesson: a crash loses only that lesson's points.
        let jobs = students.flatMap { student in graded.map { (student: student, lesson: $0) } }
        let status = StatusLine()
        let results = jobs.parallelMap { job in
            status.show("grading \(job.student) › \(job.lesson.source.fileName)")
            return grade(job.student, job.lesson)
        }
        status.clear()
        let grades = students.map { student in
            StudentGrade(id: student, exercises: zip(jobs, results).filter { $0.0.student == student }.flatMap(\.1))
        }
        let report = GradeReport(students: grades).rendered(format)
        if let output {
            try Data(report.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            printError("graded \(students.count) student(s) into \(output)")
        } else {
            writeOutput(report)
        }
    }

    /// One student's lesson, graded by this tool in a process of its own (`grade-student`).
    private func grade(_ student: String, _ lesson: Lesson) -> [ExerciseResult] {
        let executable = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0])
        let process = Process()
        process.executableURL = executable
        process.arguments = ["grade-student", submissions + "/" + student, "--lessons", lessons, "--lesson", lesson.source.fileName]
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        let failure = { (why: String) in ExerciseResult.allFailed(in: lesson, why) }
        do {
            try process.run()
        } catch {
            return failure("the grader could not start: \(error.localizedDescription)")
        }
        // A backstop behind the language's own limits, for what they cannot see. A thread of its
        // own, as the pool's workers all wait on their children; SIGKILL, because a child started
        // from a pool worker inherits its blocked signals, SIGTERM among them.
        let stopped = StopFlag()
        let watch = Thread {
            let end = Date().addingTimeInterval(TimeInterval(timeLimit))
            while process.isRunning, Date() < end { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning {
                stopped.set()
                kill(process.processIdentifier, SIGKILL)
            }
        }
        watch.start()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if stopped.isSet { return failure("stopped after \(timeLimit) s") }
        if process.terminationReason == .uncaughtSignal {
            return failure("the grader crashed on this lesson (signal \(process.terminationStatus)); the other lessons are graded")
        }
        guard let results = try? JSONDecoder().decode([ExerciseResult].self, from: data) else {
            return failure("the grader gave no verdict for this lesson")
        }
        return results
    }
}

extension GradeReport.Format: ExpressibleByArgument {}

/// Set once, read after: whether a child was stopped for its time.
private final class StopFlag: @unchecked Sendable {
    private var value = false
    private let lock = NSLock()

    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}

/// Grades one student's lesson in this process and prints its results as
/// JSON: what `grade` runs for each student and lesson.
struct GradeStudentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade-student",
        abstract: "Grade one student's lesson (used by 'grade').",
        shouldDisplay: false
    )

    @Argument var folder: String
    @Option var lessons = "Lessons"
    @Option var lesson: String

    /// Submitted files past this size are not read: a lesson is a few kilobytes.
    private static let largestFile = 1 << 20

    func run() throws {
        let course = try LessonFiles.readLesson(at: (lessons.hasSuffix("/") ? lessons : lessons + "/") + lesson)
        let grader = Grader(lessons: [try Lesson(course)])
        let submitted = Self.find(lesson, in: folder)
        let grade = grader.grade(Submission(student: folder, lessons: submitted.map { [lesson: $0] } ?? [:]))
        writeOutput(String(decoding: try JSONEncoder().encode(grade.exercises), as: UTF8.self))
    }

    /// The student's copy of a lesson: the file of that name nearest the top of their folder.
    private static func find(_ name: String, in folder: String) -> LessonSource? {
        let root = URL(fileURLWithPath: folder)
        let paths = (try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? []
        let candidates = paths.filter { ($0 as NSString).lastPathComponent == name }.sorted { ($0.split(separator: "/").count, $0) < ($1.split(separator: "/").count, $1) }
        for path in candidates {
            let url = root.appendingPathComponent(path)
            guard let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber, size.intValue <= largestFile,
                  let data = FileManager.default.contents(atPath: url.path) else { continue }
            return LessonSource(path: root.lastPathComponent + "/" + path, text: String(decoding: data, as: UTF8.self))
        }
        return nil
    }
}
