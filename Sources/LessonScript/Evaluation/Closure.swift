/// A function value: a compiled function and the frame it was created in,
/// whose variables it shares (Swift's closures capture variables, not
/// values). A captured frame is never reused for another call.
public final class Closure: Hashable, @unchecked Sendable {
    // A closure belongs to one session, which runs one block at a time.
    let function: ScriptFunction
    let captured: Frame?
    unowned(unsafe) let runtime: Runtime
    /// The values of the per-iteration constants it captured (`function.snapshots`).
    let snapshot: [Value]

    init(function: ScriptFunction, captured: Frame, runtime: Runtime) {
        self.function = function
        self.captured = captured
        self.runtime = runtime
        snapshot = function.snapshots.map { captured.slots[$0.from] }
        captured.isCaptured = true
    }

    public static func == (lhs: Closure, rhs: Closure) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
