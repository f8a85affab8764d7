import CommonMark
import LessonScript

/// A lesson as an HTML page: its prose as cmark renders it, each Swift block
/// followed by what it printed, its value or its error.
struct LessonPage {
    let run: LessonRun
    let previous: Lesson?
    let next: Lesson?
    let layout: PageLayout

    var html: String {
        var results = run.blocks.makeIterator()
        let headings = Headings(run.lesson.document)
        var article = ""
        var hasContents = false
        for (index, block) in run.lesson.document.blocks.enumerated() {
            guard case .codeBlock(let code) = block.kind else {
                article += headings.html(of: block, at: index)
                // The contents follow the title.
                if case .heading(1, _) = block.kind, !hasContents {
                    article += headings.tableOfContents
                    hasContents = true
                }
                continue
            }
            let attributes = code.language == "swift" ? code.attributes : BlockAttributes(info: "")
            var html = attributes.hidesCode ? "" : codeHTML(code)
            if code.runs, let result = results.next() {
                html += outputsHTML(result, isSilent: attributes.isSilent)
            }
            article += framed(html, attributes)
        }
        if !hasContents { article = headings.tableOfContents + article }
        let body = "<article class=\"lesson\">\n\(article)</article>\n" + pagerHTML
        return layout.page(title: run.lesson.title, body: body)
    }

    /// A block with its frame: an exercise's title and points, a check's
    /// exercise, or the anchor `id=` asks for.
    private func framed(_ html: String, _ attributes: BlockAttributes) -> String {
        switch attributes.role {
        case .exercise(let id, let points):
            let title = "<p class=\"exercise-title\">Exercise <strong>\(escapeHTML(id))</strong> · \(points) point\(points == 1 ? "" : "s")</p>"
            return "<section class=\"exercise\" id=\"exercise-\(escapeHTML(id))\">\n\(title)\n\(html)</section>\n"
        case .check(let id, let isHidden):
            let title = "<p class=\"check-title\">\(isHidden ? "Hidden check" : "Check") of <a href=\"#exercise-\(escapeHTML(id))\">\(escapeHTML(id))</a></p>"
            return "<div class=\"check\">\n\(title)\n\(html)</div>\n"
        case .prose:
            return attributes.id.map { "<div class=\"block\" id=\"\(escapeHTML($0))\">\n\(html)</div>\n" } ?? html
        }
    }

    /// A code block; Swift is highlighted from swift-syntax's classification, other languages shown plainly.
    private func codeHTML(_ code: CodeBlock) -> String {
        let language = code.language.map { " class=\"language-\(escapeHTML($0))\"" } ?? ""
        let body = code.language == "swift" ? highlightedHTML(code.code) : escapeHTML(code.code)
        return "<pre class=\"code\"><code\(language)>\(body)</code></pre>\n"
    }

    private func highlightedHTML(_ code: String) -> String {
        Highlighter.tokens(code).map { token in
            token.kind == .plain ? escapeHTML(token.text) : "<span class=\"hl-\(token.kind.rawValue)\">\(escapeHTML(token.text))</span>"
        }.joined()
    }

    /// What a block showed; a `silent` block shows only an error.
    private func outputsHTML(_ result: BlockResult, isSilent: Bool) -> String {
        var parts: [String] = []
        if !result.stdout.isEmpty, !isSilent {
            parts.append("<pre class=\"stdout\">\(escapeHTML(result.stdout))</pre>")
        }
        if let value = result.value, !isSilent {
            parts.append(value.tensor.map { TensorTable.html($0, text: value.text) } ?? "<pre class=\"value\">\(escapeHTML(value.text))</pre>")
        }
        if !isSilent, !result.figures.isEmpty {
            // Our own SVG, its text already escaped. Several figures share the width, side by side.
            let figures = result.figures.map { "<figure class=\"plot\">\($0.svg)</figure>" }
            parts.append(figures.count == 1 ? figures[0] : "<div class=\"figures\">\n" + figures.joined(separator: "\n") + "\n</div>")
        }
        if !result.diagnostics.isEmpty, result.status != .needsExercise {
            let text = result.diagnostics.map(\.formatted).joined(separator: "\n")
            // An expected error is the block's output, not an alarm.
            let kind = result.status == .expectedError ? "error expected" : "error\" role=\"alert"
            parts.append("<pre class=\"\(kind)\">\(escapeHTML(text))</pre>")
        }
        if result.status == .skipped {
            parts.append("<p class=\"skipped\">Not run: an earlier block failed.</p>")
        }
        if result.status == .needsExercise, let id = result.neededExercise {
            parts.append("<p class=\"needs\">Needs exercise <a href=\"#exercise-\(escapeHTML(id))\">\(escapeHTML(id))</a> first.</p>")
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
