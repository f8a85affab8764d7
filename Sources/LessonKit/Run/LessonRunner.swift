import CommonMark
import LessonScript

/// Runs a lesson's Swift blocks top to bottom in one session, as a notebook
/// does; the first failure stops the lesson and later blocks are skipped.
public struct LessonRunner: Sendable {
    public var limits: Limits

    public init(limits: Limits = .standard) {
        self.limits = limits
    }

    /// Runs the lesson; `events` hears of each block as it starts and ends, and of loops' `progress(_:of:)`.
    public func run(_ lesson: Lesson, events: (@Sendable (RunEvent) -> Void)? = nil) -> LessonRun {
        var progress: (@Sendable (Int, Int) -> Void)?
        if let events { progress = { done, total in events(.loopProgressed(done: done, total: total)) } }
        let session = ScriptSession(seed: lesson.seed, progress: progress)
        // The session numbers blocks in the order they ran; errors name that number.
        var ran: [CodeBlock] = []
        var results: [BlockResult] = []
        var hasStopped = false
        let blocks = lesson.document.codeBlocks.filter(\.runs)
        for (index, block) in blocks.enumerated() {
            var result = BlockResult(index: index, line: block.firstLine, stdout: "", value: nil, diagnostics: [], status: .skipped)
            defer {
                results.append(result)
                events?(.blockFinished(result))
            }
            guard !hasStopped else { continue }
            events?(.blockStarted(index: index, count: blocks.count, line: block.firstLine))
            let attributes = block.attributes
            // The fence line holds the attributes.
            let fence = { (message: String) in lesson.source.diagnostic(.error, message, line: block.firstLine - 1, column: 1) }
            if let problem = attributes.problem {
                result.diagnostics = [fence(problem)]
                result.status = .error
                hasStopped = true
                continue
            }
            ran.append(block)
            let outcome = session.run(block.code, limits: attributes.timeout.map(limits.scaled(toTimeout:)) ?? limits)
            result.stdout = outcome.output
            result.value = outcome.value
            result.figures = outcome.figures
            switch (outcome.failure, attributes.expectsError) {
            case (let failure?, _):
                result.diagnostics = failure.diagnostics.sorted { $0.position < $1.position }.map {
                    locate($0, blocks: ran, in: lesson.source)
                }
                // An expected error is the block's output; the lesson goes on.
                result.status = attributes.expectsError ? .expectedError : .error
                hasStopped = !attributes.expectsError
            case (nil, true):
                result.diagnostics = [fence("this block is marked expect-error, but it ran without an error")]
                result.status = .error
                hasStopped = true
            case (nil, false):
                result.status = .ok
            }
        }
        return LessonRun(lesson: lesson, blocks: results)
    }

    /// Moves a diagnostic from its block's code to the lesson file.
    private func locate(_ diagnostic: ScriptDiagnostic, blocks: [CodeBlock], in source: LessonSource) -> LessonDiagnostic {
        let block = blocks[diagnostic.position.unit]
        let position = block.filePosition(line: diagnostic.position.line, column: diagnostic.position.column)
        let severity: LessonDiagnostic.Severity = diagnostic.severity == .error ? .error : .warning
        return source.diagnostic(severity, diagnostic.message, line: position.line, column: position.column)
    }
}
