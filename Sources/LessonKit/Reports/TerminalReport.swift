extension LessonRun {
    /// The run as text for a terminal: each block's outputs under a rule
    /// naming its line, then a summary.
    public var terminalReport: String {
        var text = ""
        for block in blocks {
            text += "── block \(block.index + 1), line \(block.line) " + String(repeating: "─", count: 40) + "\n"
            switch block.status {
            case .skipped:
                text += "(not run: an earlier block failed)\n"
                continue
            case .ok, .error, .expectedError:
                text += block.stdout
                if !block.stdout.isEmpty, !block.stdout.hasSuffix("\n") { text += "\n" }
                if let value = block.value { text += "→ \(value.text)\n" }
                for figure in block.figures { text += figure.text + "\n" }
                if block.status == .expectedError { text += "(the error this block expects:)\n" }
                for diagnostic in block.diagnostics { text += diagnostic.formatted + "\n" }
            }
        }
        let count = { (statuses: Set<BlockResult.Status>) in blocks.filter { statuses.contains($0.status) }.count }
        text += "\(lesson.source.path): \(count([.ok, .expectedError])) ok, \(count([.error])) failed, \(count([.skipped])) not run\n"
        return text
    }
}
