extension LessonRun {
    /// The run as text for a terminal: each block's outputs under a rule
    /// naming its line, then a summary.
    public func terminalReport(_ style: TerminalStyle = .plain) -> String {
        blocks.map { $0.terminalText(style) }.joined() + terminalSummary(style)
    }

    /// `Lessons/01.md: 7 ok, 1 failed, 2 not run`, and with exercises, how many passed and their points.
    public func terminalSummary(_ style: TerminalStyle = .plain) -> String {
        let count = { (statuses: Set<BlockResult.Status>) in blocks.filter { statuses.contains($0.status) }.count }
        let failed = count([.error])
        let waiting = count([.needsExercise])
        var counts = "\(count([.ok, .expectedError])) ok, " + style.paint("\(failed) failed", failed > 0 ? .red : .dim) + ", \(count([.skipped])) not run"
        if waiting > 0 { counts += ", " + style.paint("\(waiting) waiting for exercises", .yellow) }
        var summary = "\(lesson.source.path): " + counts + "\n"
        if !exercises.isEmpty {
            let passed = exercises.filter(\.passed).count
            let points = "\(exercises.map(\.points).reduce(0, +))/\(exercises.map(\.max).reduce(0, +)) points"
            summary += "exercises: \(passed) of \(exercises.count) passed, " + style.paint(points, .bold) + "\n"
        }
        return summary
    }
}

extension BlockResult {
    /// The block's outputs under a rule naming it: what it printed, its value, its figures as text, its error.
    public func terminalText(_ style: TerminalStyle = .plain) -> String {
        let name = exercise.map { isCheck ? " (check of \($0))" : " (exercise \($0))" } ?? ""
        var text = style.paint("── block \(index + 1), line \(line)\(name) " + String(repeating: "─", count: 40), .dim) + "\n"
        switch status {
        case .skipped:
            return text + style.paint("(not run: an earlier block failed)", .dim) + "\n"
        case .needsExercise:
            text += stdout
            if !stdout.isEmpty, !stdout.hasSuffix("\n") { text += "\n" }
            return text + style.paint("(needs exercise \(neededExercise ?? "?") first)", .yellow) + "\n"
        case .ok, .error, .expectedError:
            text += stdout
            if !stdout.isEmpty, !stdout.hasSuffix("\n") { text += "\n" }
            if let value { text += style.paint("→ \(value.text)", .cyan) + "\n" }
            for figure in figures { text += figure.text + "\n" }
            if status == .expectedError { text += style.paint("(the error this block expects:)", .dim) + "\n" }
            for diagnostic in diagnostics { text += diagnostic.formatted(style) + "\n" }
            return text
        }
    }
}
