import CommonMark

/// A lesson file's path and text, and its lines for locating problems.
public struct LessonSource: Sendable, Hashable {
    /// The path as the user gave it, used in every message.
    public let path: String
    public let text: String
    /// The file's lines without their endings.
    let lines: [String]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.lines = text.splitLines().map(String.init)
    }

    /// The text of a 1-based line, or "" past the end.
    func line(_ number: Int) -> String {
        lines.indices.contains(number - 1) ? lines[number - 1] : ""
    }

    func diagnostic(_ severity: LessonDiagnostic.Severity, _ message: String, line: Int, column: Int) -> LessonDiagnostic {
        LessonDiagnostic(severity, message, file: path, line: line, column: column, sourceLine: self.line(line))
    }

    /// The file name without its folder and extension: `01-neuron`.
    public var name: String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasSuffix(".md") ? String(file.dropLast(3)) : file
    }
}
