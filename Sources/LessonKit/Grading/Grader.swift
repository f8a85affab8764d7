import CommonMark
import LessonScript

/// One student's work: their lesson files by file name (`02-perceptron.md`),
/// with the paths they are reported under.
public struct Submission: Sendable {
    public let student: String
    public let lessons: [String: LessonSource]

    public init(student: String, lessons: [String: LessonSource]) {
        self.student = student
        self.lessons = lessons
    }
}

/// A student's grade: points per exercise, in course order.
public struct StudentGrade: Sendable, Hashable, Codable {
    public var id: String
    public var total: Int
    public var max: Int
    public var exercises: [ExerciseResult]

    public init(id: String, exercises: [ExerciseResult]) {
        self.id = id
        self.exercises = exercises
        total = exercises.map(\.points).reduce(0, +)
        max = exercises.map(\.max).reduce(0, +)
    }
}

/// Grades submissions against the instructor's lessons: only a student's
/// exercise blocks (matched by ID) are taken, put in place of the
/// instructor's, and the lesson runs with every check, hidden ones too, under
/// the usual limits. Everything else the student changed (prose, code,
/// checks) is ignored, so a verdict comes from the course's checks alone.
public struct Grader: Sendable {
    public let lessons: [Lesson]
    public var limits: Limits

    public init(lessons: [Lesson], limits: Limits = .standard) {
        self.lessons = lessons
        self.limits = limits
    }

    public func grade(_ submission: Submission) -> StudentGrade {
        let results = lessons.filter { !$0.exercises.isEmpty }.flatMap { lesson in
            grade(lesson, submitted: submission.lessons[lesson.source.fileName])
        }
        return StudentGrade(id: submission.student, exercises: results)
    }

    private func grade(_ lesson: Lesson, submitted: LessonSource?) -> [ExerciseResult] {
        let merged = SubmittedLesson(lesson, submitted: submitted)
        guard let mergedLesson = try? Lesson(merged.source) else {
            // The merge keeps the instructor's structure, so this is the course's own fault.
            return ExerciseResult.allFailed(in: lesson, "the course's lesson did not parse with this submission")
        }
        let run = LessonRunner(limits: limits).run(mergedLesson)
        return run.exercises.map { result in
            var result = result
            if let note = merged.notes[result.id] {
                result.message = note
                result.location = nil
            } else if let location = result.location {
                result.location = merged.studentLocation(of: location)
            }
            return result
        }
    }
}
