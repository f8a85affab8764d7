/// A Markdown file as plain Swift values: its top-level blocks, in order,
/// each with its source lines and its HTML.
///
/// ```swift
/// let document = Document(parsing: "# Hi\n\n```swift\nprint(1)\n```\n")
/// document.blocks.count          // 2
/// document.codeBlocks[0].code    // "print(1)\n"
/// ```
public struct Document: Sendable, Hashable {
    public var blocks: [Block]

    public init(blocks: [Block]) {
        self.blocks = blocks
    }

    /// The top-level code blocks, in source order.
    public var codeBlocks: [CodeBlock] {
        blocks.compactMap { block in
            if case .codeBlock(let code) = block.kind { return code }
            return nil
        }
    }

    /// The first heading's text, if there is a heading.
    public var firstHeading: String? {
        for block in blocks {
            if case .heading(_, let text) = block.kind { return text }
        }
        return nil
    }
}

/// One top-level block of a document.
public struct Block: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case heading(level: Int, text: String)
        case codeBlock(CodeBlock)
        case paragraph
        case list
        case blockQuote
        case thematicBreak
        case html
    }

    public var kind: Kind
    /// The block as cmark renders it. Authors' raw HTML is not passed through:
    /// cmark's safe mode replaces it with a comment.
    public var html: String
    /// The block's first and last line in the source file (1-based).
    public var lines: ClosedRange<Int>

    public init(kind: Kind, html: String, lines: ClosedRange<Int>) {
        self.kind = kind
        self.html = html
        self.lines = lines
    }
}
