import CCmark

extension Document {
    /// Parses Markdown with cmark and copies what it needs into Swift values.
    /// All C memory is freed before this returns.
    public init(parsing markdown: String) {
        let options = CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SMART
        var text = markdown
        let root = text.withUTF8 { cmark_parse_document($0.baseAddress, $0.count, options) }!
        defer { cmark_node_free(root) }

        let sourceLines = markdown[...].splitLines()
        var blocks: [Block] = []
        var node = cmark_node_first_child(root)
        while let current = node {
            blocks.append(Block(node: current, sourceLines: sourceLines, options: options))
            node = cmark_node_next(current)
        }
        self.init(blocks: blocks)
    }
}

extension Block {
    fileprivate init(node: OpaquePointer, sourceLines: [Substring], options: Int32) {
        let start = Int(cmark_node_get_start_line(node))
        let end = max(start, Int(cmark_node_get_end_line(node)))
        let kind: Kind
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            kind = .heading(level: Int(cmark_node_get_heading_level(node)), text: plainText(of: node))
        case CMARK_NODE_CODE_BLOCK:
            kind = .codeBlock(CodeBlock(node: node, startLine: start, sourceLines: sourceLines))
        case CMARK_NODE_LIST: kind = .list
        case CMARK_NODE_BLOCK_QUOTE: kind = .blockQuote
        case CMARK_NODE_THEMATIC_BREAK: kind = .thematicBreak
        case CMARK_NODE_HTML_BLOCK: kind = .html
        default: kind = .paragraph
        }
        self.init(kind: kind, html: renderHTML(node, options: options), lines: start...end)
    }
}

extension CodeBlock {
    fileprivate init(node: OpaquePointer, startLine: Int, sourceLines: [Substring]) {
        let code = string(cmark_node_get_literal(node))
        // cmark 0.30 has no public "is fenced" query: a fenced block starts at
        // its fence character, an indented one at its indentation.
        let startColumn = Int(cmark_node_get_start_column(node))
        let fenceLine = sourceLines.indices.contains(startLine - 1) ? sourceLines[startLine - 1].utf8 : ""[...].utf8
        let startByte = fenceLine.dropFirst(startColumn - 1).first
        let isFenced = startByte == UInt8(ascii: "`") || startByte == UInt8(ascii: "~")
        let firstLine = isFenced ? startLine + 1 : startLine
        // Each code line is the tail of its file line; what precedes it is the indent.
        let indents = code.splitLines().enumerated().map { offset, codeLine in
            let index = firstLine - 1 + offset
            guard sourceLines.indices.contains(index) else { return 0 }
            let fileLine = sourceLines[index]
            return fileLine.hasSuffix(codeLine) ? fileLine.utf8.count - codeLine.utf8.count : 0
        }
        self.init(
            info: string(cmark_node_get_fence_info(node)).trimmingSpaces(),
            code: code,
            firstLine: firstLine,
            lineIndents: indents
        )
    }
}

private func string(_ pointer: UnsafePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
}

private func renderHTML(_ node: OpaquePointer, options: Int32) -> String {
    guard let buffer = cmark_render_html(node, options) else { return "" }
    defer { cmark_get_default_mem_allocator().pointee.free(buffer) }
    return String(cString: buffer)
}

/// The text of a node's inline content: text, code spans and breaks.
private func plainText(of node: OpaquePointer) -> String {
    guard let iterator = cmark_iter_new(node) else { return "" }
    defer { cmark_iter_free(iterator) }
    var text = ""
    while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
        let current = cmark_iter_get_node(iterator)
        switch cmark_node_get_type(current) {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            if cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER {
                text += string(cmark_node_get_literal(current))
            }
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            text += " "
        default:
            break
        }
    }
    return text
}
