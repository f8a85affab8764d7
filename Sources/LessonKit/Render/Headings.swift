import CommonMark

/// A lesson's headings with the anchors the page gives them: a slug of the
/// text, made unique with `-2`, `-3` … in page order.
struct Headings {
    struct Entry {
        let level: Int
        let text: String
        let anchor: String
    }

    /// By block index.
    let entries: [Int: Entry]

    init(_ document: Document) {
        var used: [String: Int] = [:]
        var entries: [Int: Entry] = [:]
        for (index, block) in document.blocks.enumerated() {
            guard case .heading(let level, let text) = block.kind else { continue }
            let slug = Self.slug(text)
            used[slug, default: 0] += 1
            let anchor = used[slug]! == 1 ? slug : "\(slug)-\(used[slug]!)"
            entries[index] = Entry(level: level, text: text, anchor: anchor)
        }
        self.entries = entries
    }

    /// Lowercase letters and digits, words joined by `-`: `Activation functions` → `activation-functions`.
    static func slug(_ text: String) -> String {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        return words.isEmpty ? "section" : words.joined(separator: "-")
    }

    /// The heading's HTML with its anchor: an id, and a link to itself.
    func html(of block: Block, at index: Int) -> String {
        guard let entry = entries[index] else { return block.html }
        let open = "<h\(entry.level)>", close = "</h\(entry.level)>"
        let link = " <a class=\"anchor\" href=\"#\(entry.anchor)\" aria-label=\"Link to this section\">#</a>"
        return block.html
            .replacingOccurrences(of: open, with: "<h\(entry.level) id=\"\(entry.anchor)\">")
            .replacingOccurrences(of: close, with: link + close)
    }

    /// The table of contents: the second- and third-level headings, or nothing when there are fewer than two.
    var tableOfContents: String {
        let listed = entries.sorted { $0.key < $1.key }.map(\.value).filter { $0.level == 2 || $0.level == 3 }
        guard listed.count >= 2 else { return "" }
        let items = listed.map { "<li class=\"toc-\($0.level)\"><a href=\"#\($0.anchor)\">\(escapeHTML($0.text))</a></li>" }
        return "<nav class=\"toc\" aria-label=\"Contents\"><p>Contents</p><ul>\n" + items.joined(separator: "\n") + "\n</ul></nav>\n"
    }
}
