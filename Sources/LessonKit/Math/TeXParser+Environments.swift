extension TeXParser {
    /// How an environment lays out its table: the delimiters around it and
    /// each column's alignment (repeating when there are more columns).
    private struct Layout {
        var open = "", close = ""
        var alignments = ["center"]
        /// Aligned equations set their columns in display style, each pair hugging the `=` between them.
        var isAligned = false
    }

    private static let layouts: [String: Layout] = [
        "matrix": Layout(), "smallmatrix": Layout(),
        "pmatrix": Layout(open: "(", close: ")"), "bmatrix": Layout(open: "[", close: "]"),
        "Bmatrix": Layout(open: "{", close: "}"), "vmatrix": Layout(open: "|", close: "|"), "Vmatrix": Layout(open: "‖", close: "‖"),
        "cases": Layout(open: "{", alignments: ["left"]),
        "aligned": Layout(alignments: ["right", "left"], isAligned: true), "align": Layout(alignments: ["right", "left"], isAligned: true),
        "align*": Layout(alignments: ["right", "left"], isAligned: true), "split": Layout(alignments: ["right", "left"], isAligned: true),
        "gathered": Layout(isAligned: true), "gather": Layout(isAligned: true), "gather*": Layout(isAligned: true),
        "array": Layout(),
    ]

    /// `\begin{name} cell & cell \\ … \end{name}` as a table.
    mutating func parseEnvironment(_ begin: TeXToken) -> Atom? {
        guard let name = rawArgument() else {
            report("'\\begin' needs an environment name in braces, as in '\\begin{pmatrix}'", at: begin)
            return nil
        }
        guard var layout = Self.layouts[name] else {
            report("unsupported TeX environment '\(name)'", at: begin)
            skipEnvironment()
            return nil
        }
        if name == "array" {
            // The column specification: l, c or r per column.
            let specification = rawArgument() ?? ""
            let columns = specification.compactMap { ["l": "left", "c": "center", "r": "right"][$0] }
            if !columns.isEmpty { layout.alignments = columns }
        }
        var rows: [[String]] = [[]]
        while true {
            rows[rows.count - 1].append(row(parseList()))
            guard let token = peek() else {
                report("'\\begin{\(name)}' has no matching '\\end{\(name)}'", at: begin)
                break
            }
            advance()
            if token.kind == .alignment { continue }
            if token.kind == .rowBreak {
                rows.append([])
                continue
            }
            if token.kind == .command("end") {
                let end = rawArgument()
                if end != name { report("'\\begin{\(name)}' ends with '\\end{\(end ?? "")}'", at: token) }
                break
            }
            report("'\(Self.spelling(token))' cannot stand here inside '\(name)'", at: token)
        }
        // A final `\\` leaves an empty row, which TeX does not show.
        if rows.count > 1, rows.last == [""] || rows.last == ["<mrow></mrow>"] { rows.removeLast() }
        let table = rows.map { cells in
            "<mtr>" + cells.enumerated().map { column, cell in
                let alignment = layout.alignments[column % layout.alignments.count]
                // In aligned equations the right column starts at the relation, with no gap before it.
                let padding = layout.isAligned && layout.alignments.count == 2 ? (column % 2 == 0 ? "; padding-right: 0" : "; padding-left: 0") : ""
                return "<mtd style=\"text-align: \(alignment)\(padding)\">\(cell)</mtd>"
            }.joined() + "</mtr>"
        }.joined()
        let style = layout.isAligned ? " displaystyle=\"true\"" : ""
        var markup = "<mtable\(style)>\(table)</mtable>"
        if !layout.open.isEmpty || !layout.close.isEmpty {
            let open = layout.open.isEmpty ? "" : "<mo fence=\"true\" stretchy=\"true\" form=\"prefix\">\(escapeHTML(layout.open))</mo>"
            let close = layout.close.isEmpty ? "" : "<mo fence=\"true\" stretchy=\"true\" form=\"postfix\">\(escapeHTML(layout.close))</mo>"
            markup = "<mrow>\(open)\(markup)\(close)</mrow>"
        }
        return Atom(markup: markup)
    }

    /// Past the `\end{…}` of an environment that cannot be read, so what follows it still can.
    private mutating func skipEnvironment() {
        var depth = 1
        while let token = peek() {
            advance()
            if token.kind == .command("begin") { depth += 1 }
            if token.kind == .command("end") {
                depth -= 1
                _ = rawArgument()
                if depth == 0 { return }
            }
        }
    }
}
