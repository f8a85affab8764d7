import LessonKit
import TestSupport
import Testing

/// Exercises and checks in a lesson: how they run, pass and fail.
struct ExerciseTests {
    static let lessonText = """
    # Squares

    ```swift exercise=square points=2
    func square(_ x: Double) -> Double {
        // BEGIN SOLUTION
        let product = x * x
        return product
        // END SOLUTION
    }
    ```

    ```swift check=square
    expectEqual(square(3), 9)
    ```

    ```swift check=square hidden
    expectClose(square(0.5), 0.25)
    ```

    ```swift
    let table = [1.0, 2, 3].map(square)
    ```

    ```swift exercise=cube points=1
    func cube(_ x: Double) -> Double {
        // BEGIN SOLUTION
        x * x * x
        // END SOLUTION
    }
    ```

    ```swift check=cube
    expectEqual(cube(2), 8)
    ```

    """

    static let lesson = try! Lesson(LessonSource(path: "Lessons/01-squares.md", text: lessonText))

    @Test func solutionsPassTheirChecksForAllTheirPoints() {
        let run = LessonRunner().run(Self.lesson)
        #expect(run.exercises.map(\.id) == ["square", "cube"])
        #expect(run.exercises.map(\.points) == [2, 1])
        #expect(run.exercises.allSatisfy { $0.passed })
        #expect(run.isComplete)
    }

    @Test func studentsGetStubsAndNoHiddenChecks() throws {
        let student = Self.lesson.studentSource.text
        #expect(student.contains("    fatalError(\"exercise square is not done yet: write your solution here\")\n}"))
        #expect(!student.contains("BEGIN SOLUTION"))
        #expect(!student.contains("let product = x * x"))
        #expect(!student.contains("hidden"))
        #expect(!student.contains("expectClose(square(0.5), 0.25)"))
        let lesson = try Lesson(Self.lesson.studentSource)
        #expect(lesson.exercises.map(\.checkCount) == [1, 1])
        #expect(!lesson.exercises.contains { $0.hasSolution })
    }

    @Test func anUnfinishedExerciseFailsItsChecksAndWhatNeedsItSaysSo() throws {
        let run = LessonRunner().run(try Lesson(Self.lesson.withStubs(for: ["square"], keepingHiddenChecks: true)))
        let square = try #require(run.exercises.first)
        #expect(!square.passed)
        #expect(square.points == 0)
        #expect(square.message == "not done yet")
        // The table needs the square: it waits instead of stopping the lesson.
        let table = run.blocks[3]
        #expect(table.status == .needsExercise)
        #expect(table.neededExercise == "square")
        #expect(!run.failed)
        // The cube is done and judged on its own.
        #expect(run.exercises.last?.passed == true)
    }

    @Test func aWrongSolutionFailsWithTheCheckAtItsPlace() throws {
        let wrong = Self.lessonText.replacingOccurrences(of: "let product = x * x", with: "let product = x + x")
        let run = LessonRunner().run(try Lesson(LessonSource(path: "w.md", text: wrong)))
        let square = try #require(run.exercises.first)
        #expect(square.locatedMessage == "w.md:13:1: expectEqual: got 6.0, expected 9.0")
        #expect(run.blocks.first { $0.line == 13 }?.status == .error)
    }

    @Test func aHiddenCheckFailsWithoutShowingWhereItIs() throws {
        let wrong = Self.lessonText.replacingOccurrences(of: "let product = x * x", with: "let product = x == 3 ? 9.0 : 0")
        let square = try #require(LessonRunner().run(try Lesson(LessonSource(path: "h.md", text: wrong))).exercises.first)
        #expect(square.message == "a hidden check failed: expectClose: got 0.0, expected 0.25 within 1e-09")
        #expect(square.location == nil)
    }

    @Test func aFailedExpectationInTheLessonsOwnCodeIsAnError() throws {
        let run = LessonRunner().run(try Lesson(LessonSource(path: "e.md", text: "```swift\nexpect(1 > 2, \"one is more than two\")\n```\n")))
        #expect(run.failed)
        #expect(run.blocks[0].diagnostics.first?.message == "expectation failed: one is more than two")
    }

    @Test(arguments: [
        ("```swift exercise=a\n1️⃣```\n", "exercise 'a' has no check; add a block 'check=a' after it"),
        ("```swift check=b\n1️⃣```\n", "check of 'exercise=b', which no block above declares"),
        ("```swift exercise=a\n```\n\n```swift check=a\n```\n\n```swift exercise=a\n1️⃣```\n", "exercise 'a' is declared twice; give each exercise its own ID"),
        ("```swift exercise=a\n1️⃣// BEGIN SOLUTION\n```\n\n```swift check=a\n```\n", "'// BEGIN SOLUTION' without its '// END SOLUTION'"),
        ("```swift\n1️⃣// BEGIN SOLUTION\n// END SOLUTION\n```\n", "a solution region belongs in an exercise block ('exercise=ID points=N')"),
    ])
    func aMalformedExerciseIsAnErrorAtItsPlace(source: String, message: String) throws {
        let marked = Marked(source)
        var diagnostic: LessonDiagnostic?
        do {
            _ = try Lesson(LessonSource(path: "x.md", text: marked.code))
        } catch {
            diagnostic = error
        }
        #expect(diagnostic?.message == message)
        // Problems of a block as a whole are reported on its fence, the line before the marker's.
        #expect(diagnostic?.line == marked.line || diagnostic?.line == marked.line - 1)
    }

    @Test(arguments: [
        ("swift exercise=a check=a", "a block is an exercise or a check, not both"),
        ("swift points=2", "'points' needs 'exercise=ID' on the same block"),
        ("swift check=a points=2", "'points' belong to the exercise block ('exercise=ID points=N'), not its check"),
        ("swift exercise=a points=0", "points needs a whole number from 1 to 1000, as in 'points=2'; got 'points=0'"),
        ("swift exercise=a expect-error", "an exercise runs and must succeed: it cannot be 'norun' or 'expect-error'"),
        ("swift hidden", "'hidden' needs 'check=ID' on the same block"),
    ])
    func contradictoryWordsAreAnErrorOnTheFence(info: String, message: String) throws {
        let run = LessonRunner().run(try Lesson(LessonSource(path: "x.md", text: "```\(info)\n1\n```\n")))
        #expect(run.blocks[0].diagnostics.first?.message == message)
        #expect(run.blocks[0].diagnostics.first?.line == 1)
    }

    @Test func thePageFramesExercisesAndChecks() throws {
        let page = try #require(Site(runs: [LessonRunner().run(Self.lesson)], courseTitle: "C").files["01-squares.html"])
        #expect(page.contains("<section class=\"exercise\" id=\"exercise-square\">\n<p class=\"exercise-title\">Exercise <strong>square</strong> · 2 points</p>"))
        #expect(page.contains("<p class=\"check-title\">Hidden check of <a href=\"#exercise-square\">square</a></p>"))
        let student = LessonRunner().run(try Lesson(Self.lesson.studentSource))
        let studentPage = try #require(Site(runs: [student], courseTitle: "C").files["01-squares.html"])
        #expect(studentPage.contains("<p class=\"needs\">Needs exercise <a href=\"#exercise-square\">square</a> first.</p>"))
        #expect(!studentPage.contains("Hidden check"))
    }

    @Test func theSolutionLinesAreThoseOnlySolutionsHave() {
        #expect(StudentPackage.solutionLines(of: [Self.lesson]) == ["let product = x * x", "return product", "x * x * x"])
    }
}
