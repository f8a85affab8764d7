/// The built course: file paths relative to the site folder, and their contents.
public struct Site: Sendable, Hashable {
    public var files: [String: String]

    /// Renders a page per lesson, in the order given, plus the index and stylesheet.
    public init(runs: [LessonRun], courseTitle: String, author: String? = nil) {
        let layout = PageLayout(courseTitle: courseTitle)
        let lessons = runs.map(\.lesson)
        var files = [
            "index.html": IndexPage(lessons: lessons, author: author, layout: layout).html, "style.css": Stylesheet.css,
            "search-index.js": SearchIndex.script(lessons), "search.js": SearchIndex.searchScript,
        ]
        for (index, run) in runs.enumerated() {
            let page = LessonPage(
                run: run,
                previous: index > 0 ? lessons[index - 1] : nil,
                next: index + 1 < lessons.count ? lessons[index + 1] : nil,
                layout: layout
            )
            files[run.lesson.source.name + ".html"] = page.html
        }
        self.files = files
    }
}
