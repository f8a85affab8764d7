import CCmark

extension Document {
    /// The lines of `markdown` that hold code or raw HTML blocks, at any depth
    /// (in lists and quotes too): lines whose text Markdown leaves as it is,
    /// and where nothing else may be read into it either (math, say).
    ///
    /// ```swift
    /// Document.verbatimLines(in: "Text\n\n```\n$x$\n```\n")   // [3...5]
    /// ```
    public static func verbatimLines(in markdown: String) -> [ClosedRange<Int>] {
        var text = markdown
        let root = text.withUTF8 { cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_VALIDATE_UTF8) }!
        defer { cmark_node_free(root) }
        guard let iterator = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iterator) }
        var ranges: [ClosedRange<Int>] = []
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            let node = cmark_iter_get_node(iterator)
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK else { continue }
            let start = Int(cmark_node_get_start_line(node))
            ranges.append(start...max(start, Int(cmark_node_get_end_line(node))))
        }
        return ranges
    }
}
