import Plots
import Tensors

/// A notebook-like session: blocks of lesson code run one after another in
/// one shared global scope.
///
/// ```swift
/// let session = ScriptSession()
/// session.run("let x = 7 / 2")
/// session.run("Double(x) * 1.5").value?.text   // "4.5"
/// ```
public final class ScriptSession {
    private var scope = GlobalScope()
    private let runtime = Runtime()
    private var blockCount = 0
    /// Every random draw of the session's blocks comes from here.
    private let random: RandomSource

    /// A session whose random draws are seeded by `seed` (a lesson's front matter).
    /// `progress` receives what blocks report with `progress(_:of:)`, as
    /// often as they call it; show it on a terminal, never in a page.
    public init(seed: UInt64 = 0, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) {
        random = RandomSource(seed: seed)
        runtime.progress = progress
    }

    /// Parses, checks and runs one block. Declarations of a block that fails
    /// are forgotten, so the session stays usable.
    public func run(_ code: String, limits: Limits = .standard) -> BlockOutcome {
        let unit = blockCount
        blockCount += 1
        runtime.memory.limitBytes = limits.tensorBytes
        return onLargeStack {
            RandomSource.$current.withValue(random) {
                MemoryBudget.$current.withValue(runtime.memory) { runBlock(code, unit: unit, limits: limits) }
            }
        }
    }

    private func runBlock(_ code: String, unit: Int, limits: Limits) -> BlockOutcome {
        runtime.startBlock(limits: limits)
        let parsed: ParsedBlock
        do {
            parsed = try ParsedBlock(parsing: code, unit: unit)
        } catch {
            return BlockOutcome(output: "", value: nil, failure: error, declaredNames: ParsedBlock.declaredNames(in: code))
        }
        var lowerer = Lowerer(globals: scope, converter: parsed.converter, unit: unit)
        let statements = lowerer.lowerBlock(parsed.tree)
        guard lowerer.diagnostics.isEmpty else {
            return BlockOutcome(output: "", value: nil, failure: ScriptFailure(lowerer.diagnostics), declaredNames: ParsedBlock.declaredNames(in: code))
        }

        // Functions, methods and initializers of this block, and its closures.
        lowerer.declaredFunctions.values.forEach(Compiler.compile)
        lowerer.closures.forEach(Compiler.compile)
        let body = Compiler.compile(statements)
        // A failed block may have grown the globals already; its slots are reused.
        runtime.globals += Array(repeating: .void, count: max(0, lowerer.globals.slotCount - runtime.globals.count))
        let frame = Frame(size: lowerer.locals.frameSize, runtime: runtime)
        do {
            _ = try body(frame)
            scope = lowerer.globals
            return BlockOutcome(output: runtime.output, value: runtime.displayed.map { DisplayedValue($0.value, type: $0.type) },
                                figures: runtime.figures, checkFailures: runtime.checkFailures, failure: nil)
        } catch {
            // The failed block's new globals are forgotten; their values (tensors, say) are freed now.
            for slot in scope.slotCount..<runtime.globals.count { runtime.globals[slot] = .void }
            return BlockOutcome(output: runtime.output, value: nil, figures: runtime.figures, checkFailures: runtime.checkFailures,
                                failure: error, declaredNames: ParsedBlock.declaredNames(in: code))
        }
    }
}

/// What one block did: what it printed, the value it shows, and why it
/// stopped if it did not complete.
public struct BlockOutcome: Sendable, Hashable {
    public var output: String
    /// The value of its trailing expression, when that is not `Void`.
    public var value: DisplayedValue?
    /// The figures it showed, in order.
    public var figures: [Figure]
    /// The expectations (`expect`, `expectEqual`, `expectClose`) that did not
    /// hold, at their calls; the block ran on past them, as a test does.
    public var checkFailures: [ScriptDiagnostic]
    /// Why it stopped, if it did.
    public var failure: ScriptFailure?
    /// For a block that failed: the names its code declares at its top level,
    /// which later blocks then cannot find.
    public var declaredNames: [String]

    init(output: String, value: DisplayedValue?, figures: [Figure] = [], checkFailures: [ScriptDiagnostic] = [],
         failure: ScriptFailure?, declaredNames: [String] = []) {
        self.output = output
        self.value = value
        self.figures = figures
        self.checkFailures = checkFailures
        self.failure = failure
        self.declaredNames = declaredNames
    }
}
