import Plots
import Tensors

/// The budgets that keep a block from hanging or exhausting the machine. Steps
/// (loop iterations and calls) are the primary limit, so a verdict is the same
/// on every machine.
public struct Limits: Sendable, Hashable {
    public var steps: Int
    public var recursionDepth: Int
    /// The longest string code may build, in UTF-8 bytes.
    public var stringBytes: Int
    /// The most memory the session's live tensors may hold, in bytes.
    public var tensorBytes: Int
    /// The wall-clock backstop: what the step budget cannot see (a slow
    /// builtin, a busy machine) still ends here.
    public var seconds: Double

    public init(steps: Int, recursionDepth: Int, stringBytes: Int = 16 << 20, tensorBytes: Int = 1 << 30, seconds: Double = 60) {
        self.steps = steps
        self.recursionDepth = recursionDepth
        self.stringBytes = stringBytes
        self.tensorBytes = tensorBytes
        self.seconds = seconds
    }

    public static let standard = Limits(steps: 50_000_000, recursionDepth: 2_000)

    /// The timeout the standard budgets stand for, in seconds.
    public static let standardTimeout = 10.0

    /// These budgets for a block given `seconds` instead of the standard
    /// timeout: the step budget and the clock backstop scale together.
    public func scaled(toTimeout seconds: Double) -> Limits {
        let factor = seconds / Limits.standardTimeout
        var limits = self
        limits.steps = Int(min(Double(steps) * factor, 1e15))
        limits.seconds = self.seconds * factor
        return limits
    }
}

/// The state a session's blocks share while they run: globals, the output
/// sink and the budgets.
final class Runtime {
    var globals: [Value] = []
    /// What `print` wrote during the current block.
    var output = ""
    /// The value of the current block's trailing expression, if any.
    var displayed: (value: Value, type: ScriptType)?
    /// The figures the current block showed, in order.
    var figures: [Figure] = []
    /// Expectations of the current block that did not hold.
    var checkFailures: [ScriptDiagnostic] = []
    /// Where `progress(_:of:)` reports, if anywhere: a terminal's status line, never the page.
    var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
    var limits = Limits.standard
    /// Loop iterations and calls so far in the block.
    var steps = 0
    /// How many calls are in progress: the recursion depth.
    var depth = 0
    private var deadline = ContinuousClock.now
    /// What the session's live tensors hold, against `limits.tensorBytes`.
    let memory = MemoryBudget(limitBytes: Limits.standard.tensorBytes)

    func startBlock(limits: Limits) {
        self.limits = limits
        output = ""
        displayed = nil
        figures = []
        checkFailures = []
        steps = 0
        depth = 0
        deadline = ContinuousClock.now.advanced(by: .milliseconds(Int64(min(limits.seconds, 1e9) * 1000)))
    }

    /// Counts one loop iteration against the step budget.
    @inline(__always)
    func tick(at position: SourcePosition) throws(ScriptFailure) {
        steps &+= 1
        if steps > limits.steps || steps & 0xFFFF == 0 { try checkBudgets(at: position) }
    }

    /// The rare part of a step: past the budget, or time to look at the clock
    /// (every 65,536 steps: cheap, and soon enough for a backstop).
    func checkBudgets(at position: SourcePosition) throws(ScriptFailure) {
        if steps > limits.steps { throw ScriptFailure(Message.stepLimit(limits.steps), at: position) }
        if steps & 0xFFFF == 0, ContinuousClock.now > deadline {
            throw ScriptFailure(Message.timeLimit(limits.seconds), at: position)
        }
    }

    /// Stops a block once its tensors hold more than the ceiling (checked after each engine call).
    @inline(__always)
    func checkMemory(at position: SourcePosition) throws(ScriptFailure) {
        if memory.isExceeded { throw ScriptFailure(Message.tensorLimit(memory.limitBytes), at: position) }
    }

    /// Passes a new string through, or stops a block whose strings grow past the ceiling.
    func checkSize(of text: String, at position: SourcePosition) throws(ScriptFailure) -> String {
        guard text.utf8.count <= limits.stringBytes else {
            throw ScriptFailure(Message.stringLimit(limits.stringBytes), at: position)
        }
        return text
    }
}

/// The slots of one running function, or of a block's top-level code.
final class Frame {
    /// `capacity` slots, read and written without bounds or uniqueness checks:
    /// every slot index was fixed by the checker below the function's frame size.
    let slots: UnsafeMutablePointer<Value>
    let capacity: Int
    unowned(unsafe) let runtime: Runtime
    /// Set by `return`.
    var returned: Value = .void
    /// For a closure's frame, the frame the closure was created in.
    var parent: Frame?
    /// Whether a closure holds this frame, so it must not be reused.
    var isCaptured = false
    /// The frame of this frame's last call, reused by its next one (unless a
    /// closure captured it), so a call allocates nothing (see `Compiler.enter`).
    var callee: Frame?

    init(size: Int, runtime: Runtime) {
        capacity = size
        slots = .allocate(capacity: size)
        slots.initialize(repeating: .void, count: size)
        self.runtime = runtime
    }

    deinit {
        slots.deinitialize(count: capacity)
        slots.deallocate()
    }

    /// The frame `depth` levels up the chain of enclosing frames.
    func ancestor(_ depth: Int) -> Frame {
        var frame = self
        for _ in 0..<depth { frame = frame.parent! }
        return frame
    }
}

/// How a statement ended: normally, or by a jump the enclosing code handles.
enum Flow {
    case normal, breakLoop, continueLoop, returned

    /// What a loop returns when its body ended this way, or nil to go on:
    /// `break` ends the loop normally, `return` passes through.
    @inline(__always)
    var endOfLoop: Flow? {
        switch self {
        case .breakLoop: .normal
        case .returned: .returned
        case .normal, .continueLoop: nil
        }
    }
}

typealias Evaluate = (Frame) throws(ScriptFailure) -> Value
typealias Execute = (Frame) throws(ScriptFailure) -> Flow
