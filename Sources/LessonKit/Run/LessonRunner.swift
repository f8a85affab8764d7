import CommonMark
import LessonScript

/// Runs a lesson's Swift blocks top to bottom in one session, as a notebook
/// does. An error in the lesson's own code stops it there and later blocks
/// are skipped; an exercise or check that fails only fails its exercise, and
/// a block that needs an unfinished exercise says so, so one unfinished
/// exercise never hides how the others fare.
public struct LessonRunner: Sendable {
    public var limits: Limits

    public init(limits: Limits = .standard) {
        self.limits = limits
    }

    /// Runs the lesson; `events` hears of each block as it starts and ends, and of loops' `progress(_:of:)`.
    public func run(_ lesson: Lesson, events: (@Sendable (RunEvent) -> Void)? = nil) -> LessonRun {
        var progress: (@Sendable (Int, Int) -> Void)?
        if let events { progress = { done, total in events(.loopProgressed(done: done, total: total)) } }
        var state = RunState(lesson: lesson, session: ScriptSession(seed: lesson.seed, progress: progress))
        let blocks = lesson.document.codeBlocks.filter(\.runs)
        for (index, block) in blocks.enumerated() {
            var result = BlockResult(index: index, line: block.firstLine, stdout: "", value: nil, diagnostics: [], status: .skipped)
            if case .exercise(let id, _) = block.attributes.role { result.exercise = id }
            if case .check(let id, _) = block.attributes.role { (result.exercise, result.isCheck) = (id, true) }
            if !state.hasStopped {
                events?(.blockStarted(index: index, count: blocks.count, line: block.firstLine))
                state.run(block, into: &result, limits: limits)
            }
            state.results.append(result)
            events?(.blockFinished(result))
        }
        return LessonRun(lesson: lesson, blocks: state.results, exercises: state.exerciseResults)
    }
}

/// A lesson's run so far: its session, the blocks it ran, and what its exercises need.
private struct RunState {
    let lesson: Lesson
    let session: ScriptSession
    /// The blocks run, in the order the session numbers them (errors name that number).
    var ran: [CodeBlock] = []
    var results: [BlockResult] = []
    var hasStopped = false
    var verdicts: [String: ExerciseVerdict]
    /// Names a failed block would have declared, and the unfinished exercise that kept it from it.
    var unfinished: [String: String] = [:]
    /// The session's units (blocks run) that are exercises: a failure in their code is theirs.
    var exerciseUnits: [Int: String] = [:]

    init(lesson: Lesson, session: ScriptSession) {
        self.lesson = lesson
        self.session = session
        verdicts = Dictionary(uniqueKeysWithValues: lesson.exercises.map { ($0.id, ExerciseVerdict(exercise: $0)) })
    }

    var exerciseResults: [ExerciseResult] {
        lesson.exercises.compactMap { verdicts[$0.id]?.result(lesson: lesson.source.fileName) }
    }

    mutating func run(_ block: CodeBlock, into result: inout BlockResult, limits: Limits) {
        let attributes = block.attributes
        // The fence line holds the attributes.
        let source = lesson.source
        let fence = { (message: String) in source.diagnostic(.error, message, line: block.firstLine - 1, column: 1) }
        if let problem = attributes.problem {
            result.diagnostics = [fence(problem)]
            result.status = .error
            hasStopped = true
            return
        }
        ran.append(block)
        let outcome = session.run(block.code, limits: attributes.timeout.map(limits.scaled(toTimeout:)) ?? limits)
        result.stdout = outcome.output
        result.value = outcome.value
        result.figures = outcome.figures
        let problems = (outcome.failure?.diagnostics ?? []) + outcome.checkFailures
        result.diagnostics = problems.sorted { $0.position < $1.position }.map(locate)
        // An unfinished exercise's stub, or a name only it would have declared.
        // What the block waits for: an unfinished exercise's stub, a name only an
        // exercise would have declared, or an exercise's own code failing when called from here.
        // (Its own exercise's code failing is that exercise's failure, told as it is.)
        let unfinished = self.unfinished, exerciseUnits = self.exerciseUnits, unit = ran.count - 1
        let own: String? = switch attributes.role {
        case .exercise(let id, _), .check(let id, _): id
        case .prose: nil
        }
        let waitsFor = problems.lazy.compactMap { problem in
            Exercise.unfinished(in: problem.message) ?? problem.missingName.flatMap { unfinished[$0] }
                ?? exerciseUnits[problem.position.unit].flatMap { problem.position.unit != unit && $0 != own ? $0 : nil }
        }.first
        let hasFailed = !problems.isEmpty

        switch attributes.role {
        case .exercise(let id, _):
            self.exerciseUnits[unit] = id
            if outcome.failure != nil { for name in outcome.declaredNames { self.unfinished[name] = waitsFor ?? id } }
            result.status = !hasFailed ? .ok : waitsFor != nil ? .needsExercise : .error
            if hasFailed { fail(id, result, waitsFor: waitsFor, isHidden: false) }
        case .check(let id, let isHidden):
            result.status = !hasFailed ? .ok : waitsFor != nil ? .needsExercise : .error
            if hasFailed { fail(id, result, waitsFor: waitsFor, isHidden: isHidden) } else { verdicts[id]?.checksPassed += 1 }
        case .prose where attributes.expectsError:
            // An expected error is the block's output; the lesson goes on.
            result.status = hasFailed ? .expectedError : .error
            if !hasFailed {
                result.diagnostics = [fence("this block is marked expect-error, but it ran without an error")]
                hasStopped = true
            }
        case .prose:
            guard hasFailed else {
                result.status = .ok
                return
            }
            if let waitsFor {
                // Not the lesson's fault: it waits for an exercise, and what it would have declared waits too.
                result.status = .needsExercise
                for name in outcome.declaredNames { self.unfinished[name] = waitsFor }
            } else {
                result.status = .error
                hasStopped = true
            }
        }
        if result.status == .needsExercise { result.neededExercise = waitsFor }
    }

    /// Records why an exercise failed, as its student reads it: not done,
    /// waiting for another, or the first problem at its place (a hidden
    /// check's place is not shown).
    private mutating func fail(_ id: String, _ result: BlockResult, waitsFor: String?, isHidden: Bool) {
        if let waitsFor {
            verdicts[id]?.fail(waitsFor == id ? "not done yet" : "needs exercise \(waitsFor) first")
        } else if let first = result.diagnostics.first {
            let location = ExerciseResult.Location(file: first.file, line: first.line, column: first.column)
            verdicts[id]?.fail(isHidden ? "a hidden check failed: \(first.message)" : first.message, at: isHidden ? nil : location)
        }
    }

    /// Moves a diagnostic from its block's code to the lesson file.
    private func locate(_ diagnostic: ScriptDiagnostic) -> LessonDiagnostic {
        let block = ran[diagnostic.position.unit]
        let position = block.filePosition(line: diagnostic.position.line, column: diagnostic.position.column)
        let severity: LessonDiagnostic.Severity = diagnostic.severity == .error ? .error : .warning
        return lesson.source.diagnostic(severity, diagnostic.message, line: position.line, column: position.column)
    }
}
