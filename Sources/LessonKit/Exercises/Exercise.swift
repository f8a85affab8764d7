import Foundation
import CommonMark

/// An exercise of a lesson (design section 6): the block a student
/// completes (`exercise=ID points=N`, its solution between `// BEGIN SOLUTION`
/// and `// END SOLUTION`), and the blocks that judge it (`check=ID`, some
/// `hidden` from students).
public struct Exercise: Sendable, Hashable {
    public let id: String
    public let points: Int
    /// The file line of the exercise block's fence.
    public let line: Int
    /// The block's index among the lesson's code blocks.
    let block: Int
    /// The check blocks, by index among the lesson's code blocks, after the exercise.
    let checks: [Check]
    /// The file lines of the solution regions, markers included.
    let solutions: [ClosedRange<Int>]

    /// How many check blocks it has, hidden ones included.
    public var checkCount: Int { checks.count }

    /// Whether its solution is here: the instructor's lesson, not a student's copy.
    public var hasSolution: Bool { !solutions.isEmpty }

    struct Check: Sendable, Hashable {
        let block: Int
        let isHidden: Bool
    }

    static let beginMarker = "// BEGIN SOLUTION"
    static let endMarker = "// END SOLUTION"

    /// What a student's copy holds in place of a solution: Swift that
    /// compiles wherever the solution stood and fails every check that needs it.
    static func stub(_ id: String) -> String {
        "fatalError(\"exercise \(id) is not done yet: write your solution here\")"
    }

    /// The exercise a failure's message says is unfinished, when it is a stub's.
    static func unfinished(in message: String) -> String? {
        let prefix = "Fatal error: exercise "
        guard message.hasPrefix(prefix), let end = message.range(of: " is not done yet") else { return nil }
        return String(message[message.index(message.startIndex, offsetBy: prefix.count)..<end.lowerBound])
    }

    /// The lesson's exercises in order, or an error at the first block that is not one as it should be.
    static func all(in document: Document, _ source: LessonSource) throws(LessonDiagnostic) -> [Exercise] {
        var exercises: [(id: String, points: Int, line: Int, block: Int, checks: [Check], solutions: [ClosedRange<Int>])] = []
        for (index, block) in document.codeBlocks.enumerated() {
            let fence = block.firstLine - 1
            let regions = try solutionRegions(block, source)
            // A block whose words contradict each other fails on its fence when it runs.
            let role = block.language == "swift" && block.attributes.problem == nil ? block.attributes.role : .prose
            switch role {
            case .exercise(let id, let points):
                guard !exercises.contains(where: { $0.id == id }) else {
                    throw source.diagnostic(.error, "exercise '\(id)' is declared twice; give each exercise its own ID", line: fence, column: 1)
                }
                exercises.append((id, points, fence, index, [], regions))
            case .check(let id, let isHidden):
                guard let exercise = exercises.firstIndex(where: { $0.id == id }) else {
                    throw source.diagnostic(.error, "check of 'exercise=\(id)', which no block above declares", line: fence, column: 1)
                }
                exercises[exercise].checks.append(Check(block: index, isHidden: isHidden))
            case .prose:
                if let region = regions.first {
                    throw source.diagnostic(.error, "a solution region belongs in an exercise block ('exercise=ID points=N')", line: region.lowerBound, column: 1)
                }
            }
        }
        return try exercises.map { exercise throws(LessonDiagnostic) in
            guard !exercise.checks.isEmpty else {
                throw source.diagnostic(.error, "exercise '\(exercise.id)' has no check; add a block 'check=\(exercise.id)' after it", line: exercise.line, column: 1)
            }
            return Exercise(id: exercise.id, points: exercise.points, line: exercise.line, block: exercise.block,
                            checks: exercise.checks, solutions: exercise.solutions)
        }
    }

    /// The solution regions of a block, as file lines from marker to marker.
    private static func solutionRegions(_ block: CodeBlock, _ source: LessonSource) throws(LessonDiagnostic) -> [ClosedRange<Int>] {
        var regions: [ClosedRange<Int>] = [], open: Int?
        for (offset, text) in block.code.splitLines().enumerated() {
            let line = block.firstLine + offset
            switch text.trimmingCharacters(in: .whitespaces) {
            case beginMarker:
                guard open == nil else { throw source.diagnostic(.error, "'\(beginMarker)' inside another solution region", line: line, column: 1) }
                open = line
            case endMarker:
                guard let start = open else { throw source.diagnostic(.error, "'\(endMarker)' without its '\(beginMarker)'", line: line, column: 1) }
                regions.append(start...line)
                open = nil
            default:
                continue
            }
        }
        if let open { throw source.diagnostic(.error, "'\(beginMarker)' without its '\(endMarker)'", line: open, column: 1) }
        return regions
    }
}
