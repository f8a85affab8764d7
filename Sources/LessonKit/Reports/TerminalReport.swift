extension LessonRun {
    /// The run as text for a terminal: each block's outputs under a rule
    /// naming its line, then a summary.
    public func terminalReport(_ style: TerminalStyle = .plain) -> String {
        blocks.map { $0.terminalText(style) }.joined() + terminalSummary(style)
    }

    /// `Lessons/01.md: 7 ok, 1 failed, 2 not run`.
    public func terminalSummary(_ style: TerminalStyle = .plain) -> String {
        let count = { (statuses: Set<BlockResult.Status>) in blocks.filter { statuses.contains($0.status) }.count }
        let failed = count([.error])
        let counts = "\(count([.ok, .expectedError])) ok, " + style.paint("\(failed) failed", failed > 0 ? .red : .dim) + ", \(count([.skipped])) not run"
        return "\(lesson.source.path): " + counts + "\n"
    }
}

extension BlockResult {
    /// The block's outputs under a rule naming it: what it printed, its value, its figures as text, its error.
    public func terminalText(_ style: TerminalStyle = .plain) -> String {
        var text = style.paint("── block \(index + 1), line \(line) " + String(repeating: "─", count: 40), .dim) + "\n"
        switch status {
        case .skipped:
            return text + style.paint("(not run: an earlier block failed)", .dim) + "\n"
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
