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
            case .ok, .error:
                text += block.stdout
                if !block.stdout.isEmpty, !block.stdout.hasSuffix("\n") { text += "\n" }
                if let value = block.value { text += "→ \(value)\n" }
                for diagnostic in block.diagnostics { text += diagnostic.formatted + "\n" }
            }
        }
        let count = { (status: BlockResult.Status) in blocks.filter { $0.status == status }.count }
        text += "\(lesson.source.path): \(count(.ok)) ok, \(count(.error)) failed, \(count(.skipped)) not run\n"
        return text
    }
}
