/// How an exercise fared in a run: its points, and why it failed if it did.
public struct ExerciseResult: Sendable, Hashable, Codable {
    /// The lesson's file name, as `02-perceptron.md`.
    public var lesson: String
    public var id: String
    /// The points given: all of them when it passed, none otherwise.
    public var points: Int
    public var max: Int
    public var passed: Bool
    /// Why it failed; empty when it passed.
    public var message: String
    /// Where it failed, when a student can look there (not in a hidden check).
    public var location: Location?

    public struct Location: Sendable, Hashable, Codable {
        public var file: String
        public var line: Int
        public var column: Int
    }

    /// Every exercise of a lesson failed for one reason: what a grade says when the lesson could not be judged.
    public static func allFailed(in lesson: Lesson, _ message: String) -> [ExerciseResult] {
        lesson.exercises.map {
            ExerciseResult(lesson: lesson.source.fileName, id: $0.id, points: 0, max: $0.points, passed: false, message: message, location: nil)
        }
    }

    /// The message after its place, as compilers write it: `Lessons/02.md:14:5: cannot find 'w' in scope`.
    public var locatedMessage: String {
        location.map { "\($0.file):\($0.line):\($0.column): " + message } ?? message
    }
}

/// An exercise's verdict as its blocks run: the first failure decides it.
struct ExerciseVerdict {
    let exercise: Exercise
    var failure: (message: String, location: ExerciseResult.Location?)?
    var checksPassed = 0

    mutating func fail(_ message: String, at location: ExerciseResult.Location? = nil) {
        if failure == nil { failure = (message, location) }
    }

    func result(lesson: String) -> ExerciseResult {
        let failure = failure ?? (checksPassed < exercise.checks.count ? ("its checks did not run", nil) : nil)
        return ExerciseResult(lesson: lesson, id: exercise.id, points: failure == nil ? exercise.points : 0, max: exercise.points,
                              passed: failure == nil, message: failure?.message ?? "", location: failure?.location)
    }
}
