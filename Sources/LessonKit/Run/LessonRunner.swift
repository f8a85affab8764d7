import CommonMark
import LessonScript

/// Runs a lesson's Swift blocks top to bottom in one session, as a notebook
/// does; the first failure stops the lesson and later blocks are skipped.
public struct LessonRunner: Sendable {
    public var limits: Limits

    public init(limits: Limits = .standard) {
        self.limits = limits
    }

    public func run(_ lesson: Lesson) -> LessonRun {
        let session = ScriptSession(seed: lesson.seed)
        // The session numbers blocks in the order they ran; errors name that number.
        var ran: [CodeBlock] = []
        var results: [BlockResult] = []
        var hasStopped = false
        for (index, block) in lesson.document.codeBlocks.filter(\.runs).enumerated() {
            var result = BlockResult(index: index, line: block.firstLine, stdout: "", value: nil, diagnostics: [], status: .skipped)
            if !hasStopped {
                let attributes: BlockAttributes
                do {
                    attributes = try BlockAttributes(info: block.info)
                } catch {
                    // The fence line holds the attributes.
                    result.diagnostics = [lesson.source.diagnostic(.error, error.message, line: block.firstLine - 1, column: 1)]
                    result.status = .error
                    hasStopped = true
                    results.append(result)
                    continue
                }
                ran.append(block)
                let outcome = session.run(block.code, limits: attributes.timeout.map(limits.scaled(toTimeout:)) ?? limits)
                result.stdout = outcome.output
                result.value = outcome.value
                if let failure = outcome.failure {
                    result.status = .error
                    hasStopped = true
                    result.diagnostics = failure.diagnostics.sorted { $0.position < $1.position }.map {
                        locate($0, blocks: ran, in: lesson.source)
                    }
                } else {
                    result.status = .ok
                }
            }
            results.append(result)
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
