import Testing
import CommonMark

struct DocumentTests {
    @Test func topLevelBlocksKeepTheirKindsAndLines() {
        let document = Document(parsing: "# Title\n\nSome *text*.\n\n- a\n- b\n\n---\n")
        #expect(document.blocks.map(\.lines) == [1...1, 3...3, 5...7, 8...8], "a list ends after its trailing blank line")
        #expect(document.blocks[0].kind == .heading(level: 1, text: "Title"))
        #expect(document.blocks[1].kind == .paragraph)
        #expect(document.blocks[1].html == "<p>Some <em>text</em>.</p>\n")
        #expect(document.blocks[2].kind == .list)
        #expect(document.blocks[3].kind == .thematicBreak)
    }

    @Test func fencedCodeStartsOnTheLineAfterItsFence() throws {
        let document = Document(parsing: "Intro\n\n```swift hide\nlet x = 1\nprint(x)\n```\n")
        let code = try #require(document.codeBlocks.first)
        #expect(code.info == "swift hide")
        #expect(code.language == "swift")
        #expect(code.code == "let x = 1\nprint(x)\n")
        #expect(code.firstLine == 4)
        #expect(code.lineIndents == [0, 0])
    }

    @Test func indentedFenceShiftsColumns() throws {
        let markdown = "Text\n\n  ```swift\n  let a = 1\n    let b = 2\n  ```\n"
        let code = try #require(Document(parsing: markdown).codeBlocks.first)
        #expect(code.code == "let a = 1\n  let b = 2\n")
        #expect(code.lineIndents == [2, 2])
        #expect(code.filePosition(line: 1, column: 5) == (line: 4, column: 7))
        #expect(code.filePosition(line: 2, column: 3) == (line: 5, column: 5))
    }

    @Test func fencesInsideBlockQuotesCountTheMarker() throws {
        let markdown = "> ```swift\n> let q = 1\n> ```\n"
        let document = Document(parsing: markdown)
        #expect(document.blocks.map(\.kind) == [.blockQuote])
        #expect(document.codeBlocks.isEmpty, "only top-level code blocks run")
    }

    @Test func indentedCodeHasNoInfoAndStartsOnItsOwnLine() throws {
        let code = try #require(Document(parsing: "Para\n\n    indented()\n").codeBlocks.first)
        #expect(code.info == "")
        #expect(code.language == nil)
        #expect(code.firstLine == 3)
        #expect(code.lineIndents == [4])
    }

    @Test func windowsLineEndingsKeepPositions() throws {
        let code = try #require(Document(parsing: "A\r\n\r\n ```swift\r\n let x = 1\r\n ```\r\n").codeBlocks.first)
        #expect(code.firstLine == 4)
        #expect(code.lineIndents == [1])
    }

    @Test func firstHeadingIsTheTitleFallback() {
        #expect(Document(parsing: "Intro\n\n## A `code` title\n\n# Later\n").firstHeading == "A code title")
        #expect(Document(parsing: "No heading\n").firstHeading == nil)
    }

    @Test func rawHTMLFromAuthorsIsNotPassedThrough() {
        let html = Document(parsing: "<script>alert(1)</script>\n\nText <b>bold</b>\n").blocks.map(\.html).joined()
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
    }

    @Test func unclosedFenceRunsToTheEnd() throws {
        let code = try #require(Document(parsing: "```swift\nlet x = 1\n").codeBlocks.first)
        #expect(code.code == "let x = 1\n")
        #expect(code.firstLine == 2)
    }
}

extension DocumentTests {
    @Test func verbatimLinesAreCodeAndHTMLBlocksAtAnyDepth() {
        let markdown = "Text $x$\n\n```swift\nlet a = 1\n```\n\n- item\n\n      indented code\n\n<div>\nraw\n</div>\n\n> ```\n> quoted\n> ```\n"
        #expect(Document.verbatimLines(in: markdown) == [3...5, 9...10, 11...13, 15...17], "an indented block in a list keeps its trailing blank line")
    }
}
