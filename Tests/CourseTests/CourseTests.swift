import Foundation
import LessonKit
import Testing

/// The course in `Lessons/`: every lesson runs, and every exercise passes its
/// checks, one test case per exercise, so a student sees exactly which of
/// theirs fail. (In a student's copy the exercises fail until done.)
struct CourseTests {
    static let lessonsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Lessons")

    static let lessons: [Lesson] = {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: lessonsFolder.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        return names.compactMap { name in
            guard let text = try? String(contentsOf: lessonsFolder.appendingPathComponent(name), encoding: .utf8) else { return nil }
            return try? Lesson(LessonSource(path: "Lessons/" + name, text: text))
        }
    }()

    /// Each lesson run once, in parallel, for all the tests that look at it.
    static let runs: [String: LessonRun] = Dictionary(
        uniqueKeysWithValues: lessons.parallelMap { LessonRunner().run($0) }.map { ($0.lesson.source.fileName, $0) }
    )

    /// An exercise, named in test results as `02-perceptron.md › perceptron-update`.
    struct ExerciseCase: CustomTestStringConvertible, Sendable {
        let lesson: String
        let id: String
        var testDescription: String { "\(lesson) › \(id)" }
    }

    static var exercises: [ExerciseCase] {
        lessons.flatMap { lesson in lesson.exercises.map { ExerciseCase(lesson: lesson.source.fileName, id: $0.id) } }
    }

    static var exercisesWithSolutions: [ExerciseCase] {
        lessons.flatMap { lesson in lesson.exercises.filter(\.hasSolution).map { ExerciseCase(lesson: lesson.source.fileName, id: $0.id) } }
    }

    @Test func theCourseHasLessonsAndEveryFileParses() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.lessonsFolder.path).filter { $0.hasSuffix(".md") }
        #expect(!files.isEmpty)
        #expect(Self.lessons.count == files.count, "a lesson does not parse: run 'swift run lessons check' to see where")
    }

    @Test(arguments: lessons.map(\.source.fileName))
    func lessonRunsWithoutErrorsOrWarnings(file: String) throws {
        let run = try #require(Self.runs[file])
        #expect(run.lesson.warnings.isEmpty, "\(run.lesson.warnings.map(\.formatted))")
        for block in run.blocks where block.status == .error && block.exercise == nil {
            block.diagnostics.forEach { Issue.record("\($0.formatted)") }
        }
        #expect(!run.blocks.isEmpty)
        #expect(!run.failed)
    }

    /// The page shows about 80 characters of code across, a little less in
    /// an exercise's frame; a longer line would scroll sideways and hide its end.
    @Test(arguments: lessons.map(\.source.fileName))
    func codeLinesFitThePage(file: String) throws {
        let lesson = try #require(Self.lessons.first { $0.source.fileName == file })
        for block in lesson.document.codeBlocks {
            let width = block.info.contains("exercise=") ? 78 : 80
            for (offset, line) in block.code.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.count > width {
                Issue.record("\(file):\(block.firstLine + offset): \(line.count) characters of code, more than \(width)")
            }
        }
    }

    @Test(arguments: exercises)
    func exercisePassesItsChecks(exercise: ExerciseCase) throws {
        let result = try #require(Self.runs[exercise.lesson]?.exercises.first { $0.id == exercise.id })
        #expect(result.passed, "\(result.locatedMessage)")
    }

    /// Checks can fail: with this exercise's solution replaced by the stub
    /// students get (the others kept), every one of its checks, hidden ones
    /// too, fails. (Only where solutions are: the instructor's course.)
    @Test(.enabled(if: !exercisesWithSolutions.isEmpty, "a student's copy has no solutions"), arguments: exercisesWithSolutions)
    func everyCheckFailsWithoutTheSolution(exercise: ExerciseCase) throws {
        let lesson = try #require(Self.lessons.first { $0.source.fileName == exercise.lesson })
        let run = LessonRunner().run(try Lesson(lesson.withStubs(for: [exercise.id], keepingHiddenChecks: true)))
        let checks = run.blocks.filter { $0.isCheck && $0.exercise == exercise.id }
        #expect(checks.count == lesson.exercises.first { $0.id == exercise.id }?.checkCount)
        for check in checks {
            #expect(check.status != .ok, "the check at line \(check.line) passes without a solution")
        }
        #expect(run.exercises.first { $0.id == exercise.id }?.passed == false)
    }
}
