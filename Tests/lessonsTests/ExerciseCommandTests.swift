import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `lessons check`, `release` and `grade`, run as a user runs them.
struct ExerciseCommandTests {
    static let course = LessonsCommand.fixtures.appendingPathComponent("exercises")
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func scratch(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("lessons-\(name)-\(UUID().uuidString)")
    }

    /// The lines between the solution markers of the course's lessons.
    static var solutionLines: [String] {
        let text = (try? String(contentsOf: course.appendingPathComponent("01-squares.md"), encoding: .utf8)) ?? ""
        var inside = false, lines: [String] = []
        for line in text.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if line == "// BEGIN SOLUTION" { inside = true } else if line == "// END SOLUTION" { inside = false } else if inside { lines.append(line) }
        }
        return lines
    }

    @Test func checkPrintsEachExerciseWithItsPoints() throws {
        let result = try LessonsCommand.run("check", "--lessons", Self.course.path)
        #expect(result.status == 0)
        #expect(result.stdout == "✓ 01-squares.md › square (2/2 points)\n✓ 01-squares.md › cube (1/1 point)\n2 of 2 exercises passed, 3/3 points\n")
    }

    @Test func releaseWritesAStudentPackageWithNoSolutionInIt() throws {
        let output = scratch("release")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try LessonsCommand.run("release", "--lessons", Self.course.path, "--output", output.path, "--site", in: Self.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        for path in ["Package.swift", "Makefile", "README.md", "Lessons/01-squares.md", "Sources/LessonKit/Run/LessonRunner.swift",
                     "Tests/CourseTests/CourseTests.swift", "site/index.html", "site/01-squares.html"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path), "\(path) is missing")
        }
        for path in ["Benchmarks", "Tests/LessonKitTests", "Tests/lessonsTests", ".lessons-cache"] {
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path), "\(path) is released")
        }
        let lesson = try String(contentsOf: output.appendingPathComponent("Lessons/01-squares.md"), encoding: .utf8)
        #expect(lesson.contains("fatalError(\"exercise square is not done yet: write your solution here\")"))
        #expect(!lesson.contains("hidden"))

        // Not one line of a solution, anywhere in the package: a page's text is read without its tags.
        let solutions = Self.solutionLines
        #expect(solutions == ["let product = x * x", "return product", "x * square(x)"])
        let files = try FileManager.default.subpathsOfDirectory(atPath: output.path)
        for path in files {
            guard let data = FileManager.default.contents(atPath: output.appendingPathComponent(path).path) else { continue }
            var text = String(decoding: data, as: UTF8.self)
            if path.hasSuffix(".html") {
                text = text.replacing(/<[^>]*>/, with: "").replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            }
            for line in text.split(whereSeparator: \.isNewline) where solutions.contains(line.trimmingCharacters(in: .whitespaces)) {
                Issue.record("\(path) holds the solution line '\(line)'")
            }
        }

        // The student's exercises are there to do.
        let check = try LessonsCommand.run("check", in: output)
        #expect(check.status == 1)
        #expect(check.stdout.hasSuffix("0 of 2 exercises passed, 0/3 points\n"))
    }

    @Test func releaseOutsideAPackageIsAUsageError() throws {
        let result = try LessonsCommand.run("release", "--output", scratch("nowhere").path, in: FileManager.default.temporaryDirectory)
        #expect(result.status == 64)
        #expect(result.stderr.contains("run 'lessons release' in the course's package folder, where Package.swift is"))
    }
}
