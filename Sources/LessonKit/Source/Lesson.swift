import CommonMark

/// A parsed lesson: its settings and its Markdown as blocks, some of them code to run.
public struct Lesson: Sendable {
    public let source: LessonSource
    public let title: String
    public let summary: String?
    /// Seeds the lesson's one random generator (DESIGN section 4).
    public let seed: UInt64
    /// The Markdown as blocks, its math already MathML in their HTML (and plain text in headings).
    public let document: Document
    /// Problems that do not stop the lesson, such as unknown front matter keys.
    public let warnings: [LessonDiagnostic]
    /// Its exercises, in order.
    public let exercises: [Exercise]

    /// Parses a lesson; malformed front matter is an error at its line.
    public init(_ source: LessonSource) throws(LessonDiagnostic) {
        let frontMatter = try FrontMatter(source: source)
        // The header becomes blank lines, so cmark's line numbers stay the file's.
        let body = String(repeating: "\n", count: frontMatter.lineCount)
            + source.lines.dropFirst(frontMatter.lineCount).joined(separator: "\n")
        let math = MathMarkdown(body, verbatim: Document.verbatimLines(in: body))
        let document = Self.restoring(math, in: Document(parsing: math.markdown))
        self.exercises = try Exercise.all(in: document, source)
        self.source = source
        self.document = document
        self.title = frontMatter.title ?? document.firstHeading ?? source.name
        self.summary = frontMatter.summary
        self.seed = frontMatter.seed ?? 0
        self.warnings = frontMatter.warnings + Self.attributeWarnings(document, source) + Self.mathWarnings(math, source)
    }

    /// The document with each formula in place: MathML in the HTML, plain text in headings.
    private static func restoring(_ math: MathMarkdown, in document: Document) -> Document {
        guard !math.formulas.isEmpty else { return document }
        return Document(blocks: document.blocks.map { block in
            var block = block
            block.html = math.restoring(in: block.html) { $0.html }
            if case .heading(let level, let text) = block.kind {
                block.kind = .heading(level: level, text: math.restoring(in: text) { $0.text })
            }
            return block
        })
    }

    /// TeX the renderer cannot read is a warning at its place; the page shows its source.
    private static func mathWarnings(_ math: MathMarkdown, _ source: LessonSource) -> [LessonDiagnostic] {
        math.formulas.flatMap { formula in
            formula.problems.map { problem in
                let position = formula.position(ofOffset: problem.offset)
                return source.diagnostic(.warning, problem.message + "; the formula is shown as TeX", line: position.line, column: position.column)
            }
        }
    }

    /// An unknown word after `swift` is a warning at its place on the fence line.
    private static func attributeWarnings(_ document: Document, _ source: LessonSource) -> [LessonDiagnostic] {
        document.codeBlocks.filter { $0.language == "swift" }.flatMap { block in
            block.attributes.unknown.map { unknown in
                let fence = block.firstLine - 1
                let line = source.line(fence)
                let column = line.range(of: block.info).map { line.utf8.distance(from: line.startIndex, to: $0.lowerBound) + unknown.offset + 1 } ?? 1
                return source.diagnostic(.warning, "unknown block attribute '\(unknown.word)'; known ones are \(BlockAttributes.knownWords)", line: fence, column: column)
            }
        }
    }
}
