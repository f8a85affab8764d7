import LessonScript
import Plots

/// What running a lesson produced: one result per Swift block, in order,
/// and how each exercise fared.
public struct LessonRun: Sendable {
    public let lesson: Lesson
    public let blocks: [BlockResult]
    public let exercises: [ExerciseResult]

    public init(lesson: Lesson, blocks: [BlockResult], exercises: [ExerciseResult]) {
        self.lesson = lesson
        self.blocks = blocks
        self.exercises = exercises
    }

    /// Whether the lesson's own code failed (not an exercise or a check): the lesson is broken.
    public var failed: Bool {
        blocks.contains { $0.status == .error && $0.exercise == nil }
    }

    /// Whether the lesson ran and every exercise passed, as the instructor's lessons must.
    public var isComplete: Bool {
        !failed && exercises.allSatisfy(\.passed)
    }
}

/// One Swift block's outcome.
public struct BlockResult: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Codable {
        case ok, error
        /// Failed, as its `expect-error` attribute says it must: its error is its output.
        case expectedError = "expected-error"
        /// Not run, because an earlier block failed.
        case skipped
        /// Could not run for an unfinished exercise: its stub, or what it would have declared.
        case needsExercise = "needs-exercise"
    }

    /// The block's position among the lesson's Swift blocks, from 0.
    public var index: Int
    /// The file line of the block's first code line.
    public var line: Int
    public var stdout: String
    /// The value of the block's trailing expression: its text, type and structure.
    public var value: DisplayedValue?
    /// The figures it showed, in order.
    public var figures: [Figure] = []
    /// Why the block failed, earliest first: errors, and checks that did not hold.
    public var diagnostics: [LessonDiagnostic]
    public var status: Status
    /// The exercise this block is, or checks.
    public var exercise: String?
    /// Whether it is a check (of `exercise`).
    public var isCheck = false
    /// With `needsExercise`: the exercise it waits for.
    public var neededExercise: String?

    init(index: Int, line: Int, stdout: String, value: DisplayedValue?, diagnostics: [LessonDiagnostic], status: Status) {
        self.index = index
        self.line = line
        self.stdout = stdout
        self.value = value
        self.diagnostics = diagnostics
        self.status = status
    }
}
