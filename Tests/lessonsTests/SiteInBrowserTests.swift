import Foundation
import TestSupport
import Testing

/// The built course as a reader sees it: pages open from `file://` in a
/// real browser, render (not blank), show their math, and log no errors.
@Suite(.enabled(if: Browser.executable != nil || Browser.isRequired, "needs Chromium (CI installs it)"))
struct SiteInBrowserTests {
    static let site: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-browser-site-\(UUID().uuidString)")
        // Building is checked elsewhere; here it only makes the pages.
        _ = try? LessonsCommand.run("build", "--lessons", LessonsCommand.fixtures.appendingPathComponent("course").path,
                                    "--output", root.path, "--no-cache")
        return root
    }()

    @Test(arguments: ["index.html", "01-showcase.html"])
    func thePageRendersWithItsScriptsAndNoErrors(page: String) throws {
        let url = Self.site.appendingPathComponent(page)
        try #require(FileManager.default.fileExists(atPath: url.path), "the course did not build")
        let shot = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: shot) }
        try Browser.screenshot(url, to: shot)
        let image = try PNGImage(contentsOf: shot)
        #expect(image.width == 1000)
        #expect(image.inkFraction > 0.005, "the page looks blank")
        #expect(image.colourCount > 50, "the page has almost no colours: nothing rendered")

        let loaded = try Browser.load(url)
        #expect(loaded.console.isEmpty, "console: \(loaded.console)")
        // The search script ran: it shows the search box, which the page keeps hidden without it.
        #expect(loaded.html.contains("<form class=\"search\" role=\"search\">"))
        if page != "index.html" {
            #expect(loaded.html.contains("<math display=\"block\">"))
            #expect(loaded.html.contains("<svg"))
            #expect(!loaded.html.contains("<script>alert"))
        }
    }

    @Test func everyLinkAndResourceOfTheSiteIsThere() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.site.path).filter { $0.hasSuffix(".html") }
        try #require(!files.isEmpty, "the course did not build")
        let pages = try Dictionary(uniqueKeysWithValues: files.map { ($0, try String(contentsOf: Self.site.appendingPathComponent($0), encoding: .utf8)) })
        for (name, html) in pages {
            for match in html.matches(of: /(?:href|src)="([^"]*)"/) {
                let target = String(match.1)
                guard !target.hasPrefix("http"), !target.isEmpty else { continue }
                let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let file = parts[0].isEmpty ? name : parts[0]
                #expect(FileManager.default.fileExists(atPath: Self.site.appendingPathComponent(file).path), "\(name) links to \(target)")
                if parts.count == 2, let targetPage = pages[file] {
                    #expect(targetPage.contains("id=\"\(parts[1])\""), "\(name) links to \(target), which has no such anchor")
                }
            }
        }
    }
}
