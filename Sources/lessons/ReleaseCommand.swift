import ArgumentParser
import Foundation
import LessonKit

struct ReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: "Write the students' package: lessons with stubs for solutions and no hidden checks, and the code to run and check them.",
        discussion: "Run it in the course's package folder (where Package.swift is); `swift test` works in what it writes."
    )

    @Option(help: "The folder to write the package to; it is replaced as a whole, in one step.")
    var output: String

    @Option(help: "The folder of lessons (*.md).")
    var lessons = "Lessons"

    @Flag(help: "Also build the students' site into site/ of the package.")
    var site = false

    /// What the package needs to build, run and test the lessons, copied as it is.
    private static let packageFiles = ["Package.swift", "Makefile", ".gitignore"]
    private static let packageFolders = ["Sources", "Tests/CourseTests"]

    func run() throws {
        guard FileManager.default.fileExists(atPath: "Package.swift") else {
            throw ValidationError("run 'lessons release' in the course's package folder, where Package.swift is")
        }
        let course = try LoadedCourse(folder: lessons)
        guard course.failures.isEmpty else {
            printError("error: \(course.failures.count) lesson(s) do not parse; nothing was released")
            throw ExitCode.failure
        }
        var files: [String: Data] = [:]
        for (path, text) in StudentPackage.files(lessons: course.lessons, courseTitle: course.settings.title) {
            files[path] = Data(text.utf8)
        }
        let settings = (lessons.hasSuffix("/") ? lessons : lessons + "/") + "course.yml"
        if let data = FileManager.default.contents(atPath: settings) { files["Lessons/course.yml"] = data }
        for name in Self.packageFiles {
            if let data = FileManager.default.contents(atPath: name) { files[name] = data }
        }
        for folder in Self.packageFolders {
            for (path, data) in try LessonFiles.readTree(folder) { files[folder + "/" + path] = data }
        }
        if site {
            let studentLessons = try course.lessons.map { try Lesson($0.studentSource) }
            let runs = studentLessons.parallelMap { LessonRunner().run($0) }
            let built = Site(runs: runs, courseTitle: course.settings.title, author: course.settings.author)
            files.merge(LessonFiles.files(of: built, under: "site/")) { $1 }
        }
        try refuseSolutions(in: files, of: course.lessons)
        try LessonFiles.replaceFolder(output, with: files)
        printError("released \(course.lessons.count) lesson(s), \(course.lessons.flatMap(\.exercises).count) exercises, into \(output)/")
    }

    /// A last look before writing: no line of a solution in what comes from the lessons.
    private func refuseSolutions(in files: [String: Data], of lessons: [Lesson]) throws {
        let solutions = StudentPackage.solutionLines(of: lessons)
        for (path, data) in files.sorted(by: { $0.key < $1.key }) where path.hasPrefix("Lessons/") || path.hasPrefix("site/") || path == "README.md" {
            let text = String(decoding: data, as: UTF8.self)
            if let line = StudentPackage.solutionLine(in: text, isHTML: path.hasSuffix(".html"), solutions: solutions) {
                printError("error: solution text would reach \(path): '\(line)'; nothing was released")
                throw ExitCode.failure
            }
        }
    }
}
