import CommonMark

/// A lesson as an HTML page: its prose as cmark renders it, each Swift block
/// followed by what it printed, its value or its error.
struct LessonPage {
    let run: LessonRun
    let previous: Lesson?
    let next: Lesson?
    let layout: PageLayout

    var html: String {
        var results = run.blocks.makeIterator()
        var article = ""
        for block in run.lesson.document.blocks {
            guard case .codeBlock(let code) = block.kind else {
                article += block.html
                continue
            }
            article += codeHTML(code)
            if code.runs, let result = results.next() {
                article += outputsHTML(result)
            }
        }
        let body = "<article class=\"lesson\">\n\(article)</article>\n" + pagerHTML
        return layout.page(title: run.lesson.title, body: body)
    }

    private func codeHTML(_ code: CodeBlock) -> String {
        let language = code.language.map { " class=\"language-\(escapeHTML($0))\"" } ?? ""
        return "<pre class=\"code\"><code\(language)>\(escapeHTML(code.code))</code></pre>\n"
    }

    private func outputsHTML(_ result: BlockResult) -> String {
        var parts: [String] = []
        if !result.stdout.isEmpty {
            parts.append("<pre class=\"stdout\">\(escapeHTML(result.stdout))</pre>")
        }
        if let value = result.value {
            parts.append("<pre class=\"value\">\(escapeHTML(value))</pre>")
        }
        if !result.diagnostics.isEmpty {
            let text = result.diagnostics.map(\.formatted).joined(separator: "\n")
            parts.append("<pre class=\"error\" role=\"alert\">\(escapeHTML(text))</pre>")
        }
        if result.status == .skipped {
            parts.append("<p class=\"skipped\">Not run: an earlier block failed.</p>")
        }
        guard !parts.isEmpty else { return "" }
        return "<div class=\"outputs\">\n" + parts.joined(separator: "\n") + "\n</div>\n"
    }

    private var pagerHTML: String {
        let previousLink = previous.map { "<a rel=\"prev\" href=\"\(escapeHTML($0.source.name)).html\">← \(escapeHTML($0.title))</a>" } ?? "<span></span>"
        let nextLink = next.map { "<a rel=\"next\" href=\"\(escapeHTML($0.source.name)).html\">\(escapeHTML($0.title)) →</a>" } ?? "<span></span>"
        return "<nav class=\"pager\">\(previousLink)\(nextLink)</nav>"
    }
}
