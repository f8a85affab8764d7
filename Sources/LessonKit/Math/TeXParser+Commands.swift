extension TeXParser {
    /// The big-delimiter sizes of `\big(` and its kin, in em.
    private static let bigSizes: [String: Double] = [
        "big": 1.2, "bigl": 1.2, "bigr": 1.2, "Big": 1.623, "Bigl": 1.623, "Bigr": 1.623,
        "bigg": 2.047, "biggl": 2.047, "biggr": 2.047, "Bigg": 2.470, "Biggl": 2.470, "Biggr": 2.470,
    ]

    mutating func parseCommand(_ name: String, _ token: TeXToken) -> Atom? {
        if let letter = TeXSymbols.letters[name] {
            return Atom(markup: name.first!.isUppercase ? "<mi mathvariant=\"normal\">\(letter)</mi>" : "<mi>\(letter)</mi>")
        }
        if let symbol = TeXSymbols.operators[name] { return Atom(markup: "<mo>\(escapeHTML(symbol))</mo>") }
        if let symbol = TeXSymbols.largeOperators[name] { return Atom(markup: "<mo movablelimits=\"true\">\(symbol)</mo>", limits: .underOver) }
        if let symbol = TeXSymbols.integrals[name] { return Atom(markup: "<mo>\(symbol)</mo>") }
        if let takesLimits = TeXSymbols.functions[name] {
            let spelled = name == "argmax" ? "arg max" : name == "argmin" ? "arg min" : name
            return takesLimits
                ? Atom(markup: "<mo movablelimits=\"true\" form=\"prefix\">\(spelled)</mo>", limits: .underOver)
                : Atom(markup: "<mi>\(name)</mi>", applies: true)
        }
        if let width = TeXSymbols.spaces[name] { return Atom(markup: "<mspace width=\"\(width)em\"></mspace>") }
        if let accent = TeXSymbols.accents[name] {
            let stretchy = name.hasPrefix("wide") || name == "overline"
            return Atom(markup: "<mover accent=\"true\">\(parseArgument(for: token))<mo stretchy=\"\(stretchy)\">\(escapeHTML(accent))</mo></mover>")
        }
        if let size = Self.bigSizes[name] {
            guard let next = peek(), let delimiter = TeXSymbols.delimiter(next) else {
                report("'\\\(name)' needs a delimiter after it, such as '('", at: token)
                return nil
            }
            advance()
            return Atom(markup: "<mo minsize=\"\(size)em\" maxsize=\"\(size)em\">\(escapeHTML(delimiter))</mo>")
        }
        switch name {
        case "frac", "tfrac", "dfrac", "cfrac":
            let fraction = "<mfrac>\(parseArgument(for: token))\(parseArgument(for: token))</mfrac>"
            return Atom(markup: name == "frac" || name == "cfrac" ? fraction : "<mstyle displaystyle=\"\(name == "dfrac")\">\(fraction)</mstyle>")
        case "binom":
            return Atom(markup: "<mrow><mo>(</mo><mfrac linethickness=\"0\">\(parseArgument(for: token))\(parseArgument(for: token))</mfrac><mo>)</mo></mrow>")
        case "sqrt":
            if peek()?.kind == .character("[") {
                advance()
                let index = row(parseList(stop: "]"))
                if peek()?.kind == .character("]") { advance() } else { report("'\\sqrt[' needs its closing ']'", at: token) }
                return Atom(markup: "<mroot>\(parseArgument(for: token))\(index)</mroot>")
            }
            return Atom(markup: "<msqrt>\(parseArgument(for: token))</msqrt>")
        case "mathbf", "boldsymbol", "bm", "mathbb", "mathcal", "mathsf", "mathtt", "mathit", "mathrm":
            let style = ["boldsymbol", "bm"].contains(name) ? "mathbf" : name
            let markup = inAlphabet(style) { $0.parseArgument(for: token) }
            // Greek letters have no bold alphabet here; weight stands in for it.
            return Atom(markup: style == "mathbf" && markup.contains("<mi>") && !markup.unicodeScalars.contains { $0.value >= 0x1D400 }
                        ? "<mrow style=\"font-weight: bold\">\(markup)</mrow>" : markup)
        case "text", "textrm", "textit", "textbf", "textsf", "texttt", "mbox", "textnormal":
            guard let text = rawArgument() else {
                report("'\\\(name)' needs its text in braces, as in '\\\(name){loss}'", at: token)
                return nil
            }
            // Spaces at either end would be dropped by the renderer; no-break spaces keep them.
            let kept = text.replacingOccurrences(of: " ", with: "\u{00A0}")
            return Atom(markup: "<mtext>\(escapeHTML(kept))</mtext>")
        case "operatorname":
            // `\operatorname*{argmax}` takes its limits under it.
            let takesLimits = peek()?.kind == .character("*")
            if takesLimits { advance() }
            guard let text = rawArgument() else {
                report("'\\operatorname' needs a name in braces", at: token)
                return nil
            }
            return takesLimits
                ? Atom(markup: "<mo movablelimits=\"true\" form=\"prefix\">\(escapeHTML(text))</mo>", limits: .underOver)
                : Atom(markup: "<mi>\(escapeHTML(text))</mi>", applies: true)
        case "overset", "stackrel", "underset":
            let script = parseArgument(for: token), base = parseArgument(for: token)
            let element = name == "underset" ? "munder" : "mover"
            return Atom(markup: "<\(element)>\(base)\(script)</\(element)>")
        case "overbrace", "underbrace", "underline":
            let base = parseArgument(for: token)
            let (element, mark) = name == "overbrace" ? ("mover", "⏞") : name == "underbrace" ? ("munder", "⏟") : ("munder", "_")
            return Atom(markup: "<\(element)>\(base)<mo stretchy=\"true\">\(mark)</mo></\(element)>", limits: .underOver)
        case "not":
            guard let next = peek(), case .command(let negated) = next.kind, let symbol = TeXSymbols.operators[negated] else {
                if let next = peek(), case .character(let character) = next.kind {
                    advance()
                    return Atom(markup: "<mo>\(escapeHTML(String(character)))\u{0338}</mo>")
                }
                report("'\\not' needs a relation after it, such as '\\not\\in'", at: token)
                return nil
            }
            advance()
            return Atom(markup: "<mo>\(escapeHTML(symbol))\u{0338}</mo>")
        case "left":
            return parseFenced(token)
        case "begin":
            return parseEnvironment(token)
        case "displaystyle", "textstyle":
            return nil
        default:
            report("unsupported TeX command '\\\(name)'", at: token)
            return nil
        }
    }

    /// `\left( … \right)`: a row between delimiters that grow with it.
    private mutating func parseFenced(_ left: TeXToken) -> Atom? {
        guard let open = peek(), let opening = TeXSymbols.delimiter(open) else {
            report("'\\left' needs a delimiter after it, such as '(' or '.'", at: left)
            return nil
        }
        advance()
        var parts = [fence(opening, "prefix")]
        while true {
            parts.append(row(parseList()))
            guard let next = peek(), case .command(let name) = next.kind, name == "right" || name == "middle" else {
                report("'\\left' has no matching '\\right'", at: left)
                return Atom(markup: "<mrow>" + parts.joined() + "</mrow>")
            }
            advance()
            guard let delimiterToken = peek(), let delimiter = TeXSymbols.delimiter(delimiterToken) else {
                report("'\\\(name)' needs a delimiter after it, such as ')' or '.'", at: next)
                return Atom(markup: "<mrow>" + parts.joined() + "</mrow>")
            }
            advance()
            parts.append(fence(delimiter, name == "right" ? "postfix" : "infix"))
            if name == "right" { return Atom(markup: "<mrow>" + parts.joined() + "</mrow>") }
        }
    }

    private func fence(_ delimiter: String, _ form: String) -> String {
        delimiter.isEmpty ? "" : "<mo fence=\"true\" stretchy=\"true\" form=\"\(form)\">\(escapeHTML(delimiter))</mo>"
    }
}
