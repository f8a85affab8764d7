import CommonMark

/// A parsed lesson: its settings and its Markdown as blocks, some of them code to run.
public struct Lesson: Sendable {
    public let source: LessonSource
    public let title: String
    public let summary: String?
    /// Seeds the lesson's one random generator (DESIGN section 4).
    public let seed: UInt64
    public let document: Document
    /// Problems that do not stop the lesson, such as unknown front matter keys.
    public let warnings: [LessonDiagnostic]

    /// Parses a lesson; malformed front matter is an error at its line.
    public init(_ source: LessonSource) throws(LessonDiagnostic) {
        let frontMatter = try FrontMatter(source: source)
        // The header becomes blank lines, so cmark's line numbers stay the file's.
        let body = String(repeating: "\n", count: frontMatter.lineCount)
            + source.lines.dropFirst(frontMatter.lineCount).joined(separator: "\n")
        let document = Document(parsing: body)
        self.source = source
        self.document = document
        self.title = frontMatter.title ?? document.firstHeading ?? source.name
        self.summary = frontMatter.summary
        self.seed = frontMatter.seed ?? 0
        self.warnings = frontMatter.warnings
    }
}

extension CodeBlock {
    /// Whether the runner executes this block: its info string starts with `swift`.
    var runs: Bool { language == "swift" }
}
