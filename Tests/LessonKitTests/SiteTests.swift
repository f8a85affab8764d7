import Testing
import LessonKit

struct SiteTests {
    private func runs(_ texts: [(String, String)]) throws -> [LessonRun] {
        try texts.map { LessonRunner().run(try Lesson(LessonSource(path: $0.0, text: $0.1))) }
    }

    @Test func pagesIndexAndStylesheetAreWritten() throws {
        let site = Site(runs: try runs([
            ("L/01-a.md", "---\nsummary: First & best\n---\n# Alpha\n"),
            ("L/02-b.md", "# Beta\n"),
        ]), courseTitle: "Course")
        #expect(site.files.keys.sorted() == ["01-a.html", "02-b.html", "index.html", "search-index.js", "search.js", "style.css"])
        let index = try #require(site.files["index.html"])
        #expect(index.contains("<li><a href=\"01-a.html\">Alpha</a><p>First &amp; best</p></li>"))
        #expect(index.contains("<li><a href=\"02-b.html\">Beta</a></li>"))
        let first = try #require(site.files["01-a.html"])
        #expect(first.contains("<a rel=\"next\" href=\"02-b.html\">Beta →</a>"))
        #expect(!first.contains("rel=\"prev\""))
        #expect(try #require(site.files["02-b.html"]).contains("<a rel=\"prev\" href=\"01-a.html\">← Alpha</a>"))
    }

    @Test func outputsFollowTheirCodeAndAreEscaped() throws {
        let site = Site(runs: try runs([("x.md", "# X\n\n```swift\nprint(\"<script>alert(1)</script>\")\n\"a<b\"\n```\n")]), courseTitle: "C")
        let page = try #require(site.files["x.html"])
        #expect(page.contains("<pre class=\"code\"><code class=\"language-swift\"><span class=\"hl-identifier\">print</span>(<span class=\"hl-string\">&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;</span>)"))
        #expect(page.contains("<pre class=\"stdout\">&lt;script&gt;alert(1)&lt;/script&gt;\n</pre>"))
        #expect(page.contains("<pre class=\"value\">&quot;a&lt;b&quot;</pre>"))
        #expect(!page.contains("<script>"))
    }

    @Test func errorsAndSkippedBlocksAreShownInThePage() throws {
        let site = Site(runs: try runs([("e.md", "```swift\nlet zero = 0\n1 / zero\n```\n\n```swift\n1\n```\n")]), courseTitle: "C")
        let page = try #require(site.files["e.html"])
        #expect(page.contains("<pre class=\"error\" role=\"alert\">e.md:3:3: error: division by zero\n1 / zero\n  ^</pre>"))
        #expect(page.contains("<p class=\"skipped\">Not run: an earlier block failed.</p>"))
    }

    @Test func theSameLessonsGiveTheSameBytes() throws {
        let input = [("a.md", "# A\n\n```swift\nfor i in 1...3 { print(i * i) }\n```\n")]
        #expect(Site(runs: try runs(input), courseTitle: "C") == Site(runs: try runs(input), courseTitle: "C"))
    }
}

extension SiteTests {
    @Test func swiftIsHighlightedAndOtherLanguagesShownPlainly() throws {
        let site = Site(runs: try runs([("h.md", "```swift\nlet n = 1 // one\n```\n\n```python\nlet = 1\n```\n")]), courseTitle: "C")
        let page = try #require(site.files["h.html"])
        #expect(page.contains("<span class=\"hl-keyword\">let</span> <span class=\"hl-identifier\">n</span> = <span class=\"hl-number\">1</span> <span class=\"hl-comment\">// one</span>"))
        #expect(page.contains("<code class=\"language-python\">let = 1\n</code>"))
    }
}

extension SiteTests {
    @Test func headingsGetAnchorsAndAContentsList() throws {
        let text = "# Title\n\n## Two words\n\ntext\n\n### Deeper & more\n\n## Two words\n"
        let page = try #require(Site(runs: try runs([("t.md", text)]), courseTitle: "C").files["t.html"])
        #expect(page.contains("<h2 id=\"two-words\">Two words <a class=\"anchor\" href=\"#two-words\" aria-label=\"Link to this section\">#</a></h2>"))
        #expect(page.contains("<h2 id=\"two-words-2\">"))
        #expect(page.contains("<li class=\"toc-3\"><a href=\"#deeper-more\">Deeper &amp; more</a></li>"))
        // The contents come right after the title.
        let title = try #require(page.range(of: "</h1>")), contents = try #require(page.range(of: "<nav class=\"toc\""))
        #expect(title.upperBound <= contents.lowerBound)
    }

    @Test func aLessonWithFewSectionsHasNoContentsList() throws {
        let page = try #require(Site(runs: try runs([("s.md", "# T\n\n## Only one\n")]), courseTitle: "C").files["s.html"])
        #expect(!page.contains("class=\"toc\""))
    }
}

extension SiteTests {
    @Test func theSearchIndexListsSectionsWithTheirWords() throws {
        let site = Site(runs: try runs([("L/01-a.md", "# Alpha\n\nThe *neuron* fires.\n\n## Weights & bias\n\nA bias moves it.\n")]), courseTitle: "C")
        let script = try #require(site.files["search-index.js"])
        #expect(script.hasPrefix("window.lessonsSearchIndex = [{"))
        #expect(script.contains("{\"lesson\":\"Alpha\",\"section\":\"Alpha\",\"text\":\"The neuron fires.\",\"url\":\"01-a.html\"}"))
        #expect(script.contains("{\"lesson\":\"Alpha\",\"section\":\"Weights & bias\",\"text\":\"A bias moves it.\",\"url\":\"01-a.html#weights-bias\"}"))
        // Without the script, the box stays hidden and the page reads as before.
        #expect(try #require(site.files["01-a.html"]).contains("<form class=\"search\" role=\"search\" hidden>"))
    }
}

extension SiteTests {
    @Test func figuresFollowTheirBlockAsInlineSVG() throws {
        let page = try #require(Site(runs: try runs([("f.md", "```swift\nprint(\"before\")\nplot([1.0, 2], title: \"A <b>\")\n```\n")]), courseTitle: "C").files["f.html"])
        #expect(page.contains("<pre class=\"stdout\">before\n</pre>\n<figure class=\"plot\"><svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(page.contains("<title>A &lt;b&gt;</title>"))
        #expect(!page.contains("A <b>"))
    }

    @Test func aSilentBlockShowsNoFigure() throws {
        let page = try #require(Site(runs: try runs([("f.md", "```swift silent\nplot([1.0, 2])\n```\n")]), courseTitle: "C").files["f.html"])
        #expect(!page.contains("<figure"))
    }
}
