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
        self.warnings = frontMatter.warnings + Self.attributeWarnings(document, source)
    }

    /// An unknown word after `swift` is a warning at its place on the fence line.
    private static func attributeWarnings(_ document: Document, _ source: LessonSource) -> [LessonDiagnostic] {
        document.codeBlocks.filter { $0.language == "swift" }.flatMap { block in
            block.attributes.unknown.map { unknown in
                let fence = block.firstLine - 1
                let line = source.line(fence)
                let column = line.range(of: block.info).map { line.utf8.distance(from: line.startIndex, to: $0.lowerBound) + unknown.offset + 1 } ?? 1
                return source.diagnostic(.warning, "unknown block attribute '\(unknown.word)'; known ones are hide, norun, silent, expect-error, timeout=, id=", line: fence, column: column)
            }
        }
    }
}
