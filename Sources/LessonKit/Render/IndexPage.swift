/// The course's front page: its title, its author, and every lesson with its summary.
struct IndexPage {
    let lessons: [Lesson]
    let author: String?
    let layout: PageLayout

    var html: String {
        let items = lessons.map { lesson in
            let summary = lesson.summary.map { "<p>\(escapeHTML($0))</p>" } ?? ""
            return "<li><a href=\"\(escapeHTML(lesson.source.name)).html\">\(escapeHTML(lesson.title))</a>\(summary)</li>"
        }
        let body = """
        <h1>\(escapeHTML(layout.courseTitle))</h1>
        \(author.map { "<p class=\"author\">\(escapeHTML($0))</p>" } ?? "")
        <ol class="lesson-list">
        \(items.joined(separator: "\n"))
        </ol>
        """
        return layout.page(title: layout.courseTitle, body: body)
    }
}
