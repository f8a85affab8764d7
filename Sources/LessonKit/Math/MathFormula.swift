/// A formula of a lesson, between `$…$` (inline) or `$$…$$` (displayed):
/// its TeX, where that starts in the file, and what the page shows for it:
/// MathML, or the TeX source when it uses something the renderer cannot read.
struct MathFormula: Sendable {
    let tex: String
    let isDisplay: Bool
    /// The file line and UTF-8 column of the TeX's first character.
    let line: Int, column: Int
    /// The `<math>` element, or the TeX source in `<code class="tex">`.
    let html: String
    /// The formula as plain text (`σ(z)`), for headings' anchors and the search index.
    let text: String
    /// What could not be read, at UTF-8 offsets in `tex`.
    let problems: [TeXParser.Problem]

    init(tex: String, isDisplay: Bool, line: Int, column: Int) {
        self.tex = tex
        self.isDisplay = isDisplay
        self.line = line
        self.column = column
        var parser = TeXParser(tex)
        let body = parser.parseFormula()
        problems = parser.problems
        if problems.isEmpty {
            html = "<math\(isDisplay ? " display=\"block\"" : "")>\(body)</math>"
            text = HTMLText.plain(body).replacingOccurrences(of: "\u{2061}", with: "")
        } else {
            let delimiter = isDisplay ? "$$" : "$"
            html = "<code class=\"tex\">\(escapeHTML(delimiter + tex + delimiter))</code>"
            text = tex
        }
    }

    /// The file position of an offset in the TeX (display math may span lines).
    func position(ofOffset offset: Int) -> (line: Int, column: Int) {
        let before = tex.utf8.prefix(offset)
        let newlines = before.filter { $0 == UInt8(ascii: "\n") }.count
        guard newlines > 0 else { return (line, column + offset) }
        let lastLine = before.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).last ?? []
        return (line + newlines, lastLine.count + 1)
    }
}
