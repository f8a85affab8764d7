extension StringProtocol {
    /// The lines of the text as cmark counts them: "\n", "\r\n" and "\r" each
    /// end a line, and are not part of it. "a\nb\n" and "a\nb" both give ["a", "b"].
    public func splitLines() -> [SubSequence] {
        // "\r\n" is a single Character in Swift, so it must be named on its own.
        var lines = split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
