import LessonKit
import TestSupport
import Testing

/// Math in lessons: `$…$` and `$$…$$` kept away from Markdown and set as MathML.
struct MathTests {
    /// The HTML of the lesson's first block.
    private func html(_ markdown: String) throws -> String {
        try #require(try Lesson(LessonSource(path: "m.md", text: markdown)).document.blocks.first).html
    }

    @Test(arguments: [
        ("$x_1^2$", "<math><msubsup><mi>x</mi><mn>1</mn><mn>2</mn></msubsup></math>"),
        ("$\\frac{a}{b}$", "<math><mfrac><mi>a</mi><mi>b</mi></mfrac></math>"),
        ("$\\tfrac12$", "<math><mstyle displaystyle=\"false\"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle></math>"),
        ("$\\sqrt{x}$", "<math><msqrt><mi>x</mi></msqrt></math>"),
        ("$\\sqrt[3]{8}$", "<math><mroot><mn>8</mn><mn>3</mn></mroot></math>"),
        ("$\\alpha \\cdot \\Sigma$", "<math><mrow><mi>α</mi><mo>⋅</mo><mi mathvariant=\"normal\">Σ</mi></mrow></math>"),
        ("$\\partial E / \\partial w$", "<math><mrow><mo>∂</mo><mi>E</mi><mo>/</mo><mo>∂</mo><mi>w</mi></mrow></math>"),
        ("$\\nabla \\times$", "<math><mrow><mo>∇</mo><mo>×</mo></mrow></math>"),
        ("$\\mathbf{W}x$", "<math><mrow><mi>𝐖</mi><mi>x</mi></mrow></math>"),
        ("$\\text{if } x$", "<math><mrow><mtext>if\u{00A0}</mtext><mi>x</mi></mrow></math>"),
        ("$\\left( x \\right)$", "<math><mrow><mo fence=\"true\" stretchy=\"true\" form=\"prefix\">(</mo><mi>x</mi><mo fence=\"true\" stretchy=\"true\" form=\"postfix\">)</mo></mrow></math>"),
        ("$\\sum_{i=1}^n i$", "<math><mrow><munderover><mo movablelimits=\"true\">∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><mi>i</mi></mrow></math>"),
        ("$w_0 = -1.5$", "<math><mrow><msub><mi>w</mi><mn>0</mn></msub><mo>=</mo><mo form=\"prefix\">−</mo><mn>1.5</mn></mrow></math>"),
        ("$g'(z)$", "<math><mrow><msup><mi>g</mi><mo>′</mo></msup><mo stretchy=\"false\">(</mo><mi>z</mi><mo stretchy=\"false\">)</mo></mrow></math>"),
        ("$a < b$", "<math><mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi></mrow></math>"),
        // The function application follows a function's scripts, never inside them.
        ("$\\sin x$", "<math><mrow><mi>sin</mi><mo>\u{2061}</mo><mi>x</mi></mrow></math>"),
        ("$\\tanh^2 z$", "<math><mrow><msup><mi>tanh</mi><mn>2</mn></msup><mo>\u{2061}</mo><mi>z</mi></mrow></math>"),
        ("$\\log_2 n$", "<math><mrow><msub><mi>log</mi><mn>2</mn></msub><mo>\u{2061}</mo><mi>n</mi></mrow></math>"),
    ])
    func texBecomesMathML(tex: String, mathML: String) throws {
        #expect(try html(tex) == "<p>\(mathML)</p>\n")
    }

    @Test func matricesCasesAndAlignedEquationsAreTables() throws {
        let matrix = try html("$\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}$")
        #expect(matrix.contains("<mtable><mtr><mtd style=\"text-align: center\"><mn>1</mn></mtd><mtd style=\"text-align: center\"><mn>2</mn></mtd></mtr><mtr>"))
        #expect(matrix.contains("form=\"prefix\">(</mo><mtable>"))
        let cases = try html("$\\begin{cases} 1 & x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}$")
        #expect(cases.contains("form=\"prefix\">{</mo><mtable><mtr><mtd style=\"text-align: left\">"))
        let aligned = try html("$$\n\\begin{aligned}\na &= b \\\\\nc &= d\n\\end{aligned}\n$$\n")
        #expect(aligned.hasPrefix("<math display=\"block\"><mtable displaystyle=\"true\"><mtr><mtd style=\"text-align: right; padding-right: 0\"><mi>a</mi></mtd>"))
        #expect(aligned.components(separatedBy: "<mtr>").count == 3, "two rows; the final \\\\ adds none")
    }

    @Test func markdownNeverTouchesTheTeX() throws {
        // Underscores and asterisks would be emphasis, a backslash an escape.
        let page = try html("Both $a_1 * b_2$ and $x\\,y$ stay math.\n")
        #expect(page == "<p>Both <math><mrow><msub><mi>a</mi><mn>1</mn></msub><mo>∗</mo><msub><mi>b</mi><mn>2</mn></msub></mrow></math> and <math><mrow><mi>x</mi><mspace width=\"0.167em\"></mspace><mi>y</mi></mrow></math> stay math.</p>\n")
    }

    @Test func dollarsThatAreNotMathStayText() throws {
        #expect(try html("It costs $5 and $10.\n") == "<p>It costs $5 and $10.</p>\n")
        #expect(try html("A \\$ sign and `$x$` in code.\n") == "<p>A $ sign and <code>$x$</code> in code.</p>\n")
        let lesson = try Lesson(LessonSource(path: "m.md", text: "```swift\nlet s = \"$x$\"\n```\n\n    $y$\n"))
        #expect(lesson.document.codeBlocks.map(\.code) == ["let s = \"$x$\"\n", "$y$\n"])
    }

    @Test func aDisplayedFormulaIsABlockAndLinesStayTheFilesOwn() throws {
        let lesson = try Lesson(LessonSource(path: "m.md", text: "Intro\n$$\nE = mc^2\n$$\n\n```swift\nlet x = 1\n```\n"))
        #expect(lesson.document.blocks[0].html == "<p>Intro\n<math display=\"block\"><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mrow></math></p>\n")
        #expect(lesson.document.codeBlocks.first?.firstLine == 7)
        let alone = try html("$$\\alpha$$\n")
        #expect(alone == "<math display=\"block\"><mi>α</mi></math>\n")
    }

    @Test func headingsReadTheirMathAsText() throws {
        let lesson = try Lesson(LessonSource(path: "m.md", text: "# The $\\sigma$ function\n"))
        #expect(lesson.title == "The σ function")
        #expect(lesson.document.blocks[0].html == "<h1>The <math><mi>σ</mi></math> function</h1>\n")
    }

    @Test(arguments: [
        ("Some $\\frac{1}{2} + 1️⃣\\foo{x}$ here.", "unsupported TeX command '\\foo'; the formula is shown as TeX"),
        ("$$\n\\begin{aligned}\na &= 1️⃣{b\n\\end{aligned}\n$$", "a '{' that is never closed; the formula is shown as TeX"),
        ("$1️⃣\\begin{weird} x \\end{weird}$", "unsupported TeX environment 'weird'; the formula is shown as TeX"),
        ("$x^2 1️⃣^3$", "a second superscript on one base; group them with braces; the formula is shown as TeX"),
    ])
    func unreadableTeXIsAWarningAtItsPlaceAndShownAsSource(source: String, message: String) throws {
        let marked = Marked(source)
        let lesson = try Lesson(LessonSource(path: "m.md", text: marked.code))
        let warning = try #require(lesson.warnings.first)
        #expect(lesson.warnings.count == 1)
        #expect(warning.message == message)
        #expect(warning.line == marked.line)
        #expect(warning.column == marked.column)
        #expect(lesson.document.blocks[0].html.contains("<code class=\"tex\">"))
        #expect(!lesson.document.blocks[0].html.contains("<math"))
    }
}
