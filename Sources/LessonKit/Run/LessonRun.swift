import LessonScript
import Plots

/// What running a lesson produced: one result per Swift block, in order.
public struct LessonRun: Sendable {
    public let lesson: Lesson
    public let blocks: [BlockResult]

    public var failed: Bool {
        blocks.contains { $0.status == .error }
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
    /// Why the block failed, earliest first; empty unless the status is `error`.
    public var diagnostics: [LessonDiagnostic]
    public var status: Status
}
