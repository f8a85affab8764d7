import LessonScript

/// Runs blocks in one fresh session and returns the last block's outcome.
func run(_ blocks: String..., limits: Limits = .standard) -> BlockOutcome {
    let session = ScriptSession()
    var outcome: BlockOutcome?
    for block in blocks { outcome = session.run(block, limits: limits) }
    return outcome!
}
