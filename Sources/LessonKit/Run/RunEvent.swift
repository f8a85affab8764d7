/// What a runner reports while a lesson runs, for a terminal's progress
/// display (never the page).
public enum RunEvent: Sendable {
    /// Block `index` (from 0) of the lesson's `count` Swift blocks starts; its code begins on the file's `line`.
    case blockStarted(index: Int, count: Int, line: Int)
    /// The running block called `progress(done, of: total)`.
    case loopProgressed(done: Int, total: Int)
    /// A block finished, failed or was skipped.
    case blockFinished(BlockResult)
}
