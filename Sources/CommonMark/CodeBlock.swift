/// A code block: fenced (with an info string) or indented.
public struct CodeBlock: Sendable, Hashable {
    /// The info string after the opening fence, trimmed; empty for indented code.
    public var info: String
    /// The code, each line ending in a newline, as cmark gives it.
    public var code: String
    /// The file line of the code's first line: the line after the opening fence.
    public var firstLine: Int
    /// For each code line, how many UTF-8 bytes of the file's line precede it
    /// (the fence's indentation, list or quote markers).
    public var lineIndents: [Int]

    public init(info: String, code: String, firstLine: Int, lineIndents: [Int]) {
        self.info = info
        self.code = code
        self.firstLine = firstLine
        self.lineIndents = lineIndents
    }

    /// The first word of the info string: the language, if any.
    public var language: String? {
        info.split(separator: " ", omittingEmptySubsequences: true).first.map(String.init)
    }

    /// The position in the file of a position in the code, both 1-based
    /// with columns counted in UTF-8 bytes.
    ///
    /// This is the one place where code positions become file positions.
    public func filePosition(line: Int, column: Int) -> (line: Int, column: Int) {
        let indent = lineIndents.indices.contains(line - 1) ? lineIndents[line - 1] : (lineIndents.last ?? 0)
        return (firstLine + line - 1, column + indent)
    }
}
