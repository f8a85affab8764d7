import LessonScript
import TestSupport
import Testing

/// Runs blocks in one fresh session and returns the last block's outcome.
func run(_ blocks: String..., limits: Limits = .standard) -> BlockOutcome {
    let session = ScriptSession()
    var outcome: BlockOutcome?
    for block in blocks { outcome = session.run(block, limits: limits) }
    return outcome!
}

/// Expects the marked code to fail with `message` at the `1️⃣` marker.
func expectFailure(_ source: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let marked = Marked(source)
    let failure = try #require(run(marked.code).failure, sourceLocation: sourceLocation)
    #expect(failure.first.message == message, sourceLocation: sourceLocation)
    #expect(failure.first.position.line == marked.line, sourceLocation: sourceLocation)
    #expect(failure.first.position.column == marked.column, sourceLocation: sourceLocation)
}
