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
        <header class="site-header"><a href="index.html">\(escapeHTML(courseTitle))</a></header>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }
}
