import Testing
import LessonScript

/// Highlighting comes from swift-syntax's classification, and loses nothing.
struct HighlighterTests {
    @Test func tokensJoinBackIntoTheCode() {
        let code = "struct P { var x = 1.5 }\n/* note */ let s = \"a\\(P().x)\" // end\n"
        #expect(Highlighter.tokens(code).map(\.text).joined() == code)
    }

    @Test func tokensAreClassified() {
        let tokens = Highlighter.tokens("let w: Double = 0.5 * f(x: 2) // w")
        let kinds = Dictionary(tokens.map { ($0.text, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["let"] == .keyword)
        #expect(kinds["w"] == .identifier)
        #expect(kinds["Double"] == .type)
        #expect(kinds["0.5"] == .number)
        #expect(kinds["*"] == .operator)
        #expect(kinds["x"] == .label)
        #expect(kinds["// w"] == .comment)
    }
}
