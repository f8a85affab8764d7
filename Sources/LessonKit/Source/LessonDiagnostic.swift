/// A problem in a lesson file, at its true line and column (1-based; columns
/// count UTF-8 bytes), with the source line for a caret display.
public struct LessonDiagnostic: Error, Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Codable {
        case error, warning
    }

    public var severity: Severity
    public var message: String
    public var file: String
    public var line: Int
    public var column: Int
    /// The text of the file's line, without its line ending.
    public var sourceLine: String

    public init(_ severity: Severity, _ message: String, file: String, line: Int, column: Int, sourceLine: String) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.sourceLine = sourceLine
    }

    /// `path:line:column: error: message`, the source line and a caret under
    /// the column, as compilers print them so editors can jump there.
    public var formatted: String {
        let header = "\(file):\(line):\(column): \(severity.rawValue): \(message)"
        guard !sourceLine.isEmpty else { return header }
        return header + "\n" + sourceLine + "\n" + caretLine
    }

    /// Spaces up to the column (tabs kept, so the caret lines up) and a caret.
    var caretLine: String {
        let prefix = String(decoding: sourceLine.utf8.prefix(max(0, column - 1)), as: UTF8.self)
        return String(prefix.map { $0 == "\t" ? "\t" : " " }) + "^"
    }
}
