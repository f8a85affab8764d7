/// The frame every page shares: head, stylesheet, header and footer.
struct PageLayout {
    var courseTitle: String

    func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escapeHTML(title))</title>
        <link rel="stylesheet" href="style.css">
        </head>
        <body>
        <header class="site-header"><a href="index.html">\(escapeHTML(courseTitle))</a>
        <form class="search" role="search" hidden><input type="search" placeholder="Search the lessons" aria-label="Search the lessons"><ol></ol></form>
        </header>
        <main>
        \(body)
        </main>
        <script src="search-index.js"></script>
        <script src="search.js"></script>
        </body>
        </html>

        """
    }
}
