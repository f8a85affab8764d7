extension StringProtocol {
    /// The lines of the text without their endings ("\n" or "\r\n"):
    /// "a\nb\n" and "a\nb" both give ["a", "b"].
    func splitLines() -> [Substring] {
        var lines = String(self).split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines.map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    }

    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
