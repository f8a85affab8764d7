/// TeX math read into MathML, by recursive descent over its tokens. What
/// it cannot read (a command it does not know, a brace never closed) is a
/// problem at its offset; the caller then shows the TeX source instead.
struct TeXParser {
    /// One item of a formula, its scripts attached.
    struct Atom {
        enum Limits {
            /// Scripts beside the base: `x_i`, `\int_0^1`.
            case beside
            /// Scripts under and over the base in display math: `\sum`, `\lim`, `\underbrace`.
            case underOver
        }

        var markup: String
        var limits = Limits.beside
        /// A function's name (`\sin`, `\tanh`): the invisible function application
        /// follows it, after its scripts, so `\tanh^2` is `<msup>tanh 2</msup>⁡`.
        var applies = false

        /// The markup with the function application, where one follows.
        var complete: String { applies ? markup + "<mo>\u{2061}</mo>" : markup }
    }

    struct Problem: Sendable, Equatable {
        var message: String
        var offset: Int
    }

    private let tex: String
    private var tokens: [TeXToken]
    private var position = 0
    /// The alphabet letters and digits take inside `\mathbf{…}` and its kind.
    private var alphabet: String?
    private(set) var problems: [Problem] = []

    init(_ tex: String) {
        self.tex = tex
        tokens = TeXToken.tokens(tex)
    }

    /// The whole formula's MathML, without the `<math>` element.
    mutating func parseFormula() -> String {
        var atoms: [Atom] = []
        while position < tokens.count {
            atoms += parseList()
            guard position < tokens.count else { break }
            // A token that ends a list where no list is open.
            let token = tokens[position]
            position += 1
            switch token.kind {
            case .close: report("a '}' without its '{'", at: token)
            case .alignment: report("'&' belongs in an environment such as aligned or pmatrix", at: token)
            case .rowBreak: report("'\\\\' belongs in an environment such as aligned or pmatrix", at: token)
            case .command(let name): report("'\\\(name)' without its opening command", at: token)
            default: report("unexpected '\(token.kind)'", at: token)
            }
        }
        return row(atoms)
    }

    // MARK: Lists

    /// Atoms up to the end, a closing brace, `&`, `\\`, `\right`, `\end` or
    /// `stop`, which is left for the caller.
    mutating func parseList(stop: Character? = nil) -> [Atom] {
        var atoms: [Atom] = []
        while let token = peek() {
            switch token.kind {
            case .close, .alignment, .rowBreak: return atoms
            case .command("right"), .command("end"), .command("middle"): return atoms
            case .character(let character) where character == stop: return atoms
            case .command(let name) where name == "displaystyle" || name == "textstyle":
                position += 1
                let rest = parseList(stop: stop)
                atoms.append(Atom(markup: "<mstyle displaystyle=\"\(name == "displaystyle")\">\(row(rest))</mstyle>"))
                return atoms
            default:
                if let atom = parseAtom() { atoms.append(atom) }
            }
        }
        return atoms
    }

    /// Atoms as one row. A sign that starts it or follows another operator is
    /// a prefix, as TeX sets it: `= −1.5` has no gap after the minus.
    func row(_ atoms: [Atom]) -> String {
        var markups = atoms.map(\.markup)
        for index in markups.indices where ["<mo>−</mo>", "<mo>+</mo>", "<mo>±</mo>"].contains(markups[index])
            && (index == 0 || markups[index - 1].hasPrefix("<mo")) {
            markups[index] = markups[index].replacingOccurrences(of: "<mo>", with: "<mo form=\"prefix\">")
        }
        return markups.count == 1 ? markups[0] : "<mrow>" + markups.joined() + "</mrow>"
    }

    // MARK: Atoms and scripts

    /// A primary with its subscript, superscript and primes.
    private mutating func parseAtom() -> Atom? {
        guard var base = parsePrimary() else { return nil }
        var subscriptMarkup: String?, superscriptMarkup: String?
        var primes = ""
        while let token = peek() {
            switch token.kind {
            case .character("'"):
                position += 1
                primes += "′"
            case .command("limits"):
                position += 1
                base.limits = .underOver
            case .command("nolimits"):
                position += 1
                base.limits = .beside
            case .lower, .raise:
                position += 1
                let isSub = token.kind == .lower
                if (isSub ? subscriptMarkup : superscriptMarkup) != nil {
                    report("a second \(isSub ? "subscript" : "superscript") on one base; group them with braces", at: token)
                }
                let argument = parseArgument(for: token)
                if isSub { subscriptMarkup = argument } else { superscriptMarkup = argument }
            default:
                return attach(base, subscriptMarkup, superscriptMarkup, primes)
            }
        }
        return attach(base, subscriptMarkup, superscriptMarkup, primes)
    }

    private func attach(_ base: Atom, _ sub: String?, _ sup: String?, _ primes: String) -> Atom {
        let superscript = [primes.isEmpty ? nil : "<mo>\(primes)</mo>", sup].compactMap { $0 }
        let over = superscript.isEmpty ? nil : (superscript.count == 1 ? superscript[0] : "<mrow>" + superscript.joined() + "</mrow>")
        let (under2, over2, both) = base.limits == .underOver ? ("munder", "mover", "munderover") : ("msub", "msup", "msubsup")
        let scripted: String = switch (sub, over) {
        case (nil, nil): base.markup
        case (let sub?, nil): "<\(under2)>\(base.markup)\(sub)</\(under2)>"
        case (nil, let over?): "<\(over2)>\(base.markup)\(over)</\(over2)>"
        case (let sub?, let over?): "<\(both)>\(base.markup)\(sub)\(over)</\(both)>"
        }
        return Atom(markup: Atom(markup: scripted, applies: base.applies).complete, limits: sub == nil && over == nil ? base.limits : .beside)
    }

    /// A script's or a command's argument: a braced group or a single atom without scripts.
    mutating func parseArgument(for owner: TeXToken) -> String {
        guard let token = peek() else {
            report("'\(Self.spelling(owner))' needs an argument", at: owner)
            return "<mrow></mrow>"
        }
        if token.kind == .open { return parseGroup().markup }
        if case .number(let digits) = token.kind, digits.count > 1 {
            // A bare argument is one character, as in `\frac12`: the other digits stay for what follows.
            tokens[position] = TeXToken(kind: .number(String(digits.dropFirst())), offset: token.offset + 1)
            return "<mn>\(styled(String(digits.prefix(1))))</mn>"
        }
        guard let atom = parsePrimary() else {
            report("'\(Self.spelling(owner))' needs an argument", at: owner)
            return "<mrow></mrow>"
        }
        return atom.complete
    }

    /// `{ … }` as one row.
    mutating func parseGroup() -> Atom {
        let open = tokens[position]
        position += 1
        let atoms = parseList()
        if peek()?.kind == .close {
            position += 1
        } else {
            report("a '{' that is never closed", at: open)
        }
        return Atom(markup: atoms.isEmpty ? "<mrow></mrow>" : row(atoms))
    }

    // MARK: Primaries

    private mutating func parsePrimary() -> Atom? {
        guard let token = peek() else { return nil }
        position += 1
        switch token.kind {
        case .open:
            position -= 1
            return parseGroup()
        case .number(let digits):
            return Atom(markup: "<mn>\(styled(digits))</mn>")
        case .character(let character):
            return Atom(markup: characterMarkup(character))
        case .command(let name):
            return parseCommand(name, token)
        case .raise, .lower:
            // A script with nothing before it attaches to an empty base, as in TeX.
            position -= 1
            return Atom(markup: "<mrow></mrow>")
        case .close, .alignment, .rowBreak:
            position -= 1
            return nil
        }
    }

    private func characterMarkup(_ character: Character) -> String {
        switch character {
        case "-": return "<mo>−</mo>"
        case "*": return "<mo>∗</mo>"
        case "'": return "<mo>′</mo>"
        case "~": return "<mspace width=\"0.25em\"></mspace>"
        // Brackets keep their size, as in TeX; `\left` and `\right` make the ones that grow.
        case "(", ")", "[", "]", "|": return "<mo stretchy=\"false\">\(character)</mo>"
        case _ where character.isLetter:
            if alphabet == "mathrm" { return "<mi mathvariant=\"normal\">\(escapeHTML(String(character)))</mi>" }
            return "<mi>\(styled(String(character)))</mi>"
        default: return "<mo>\(escapeHTML(String(character)))</mo>"
        }
    }

    /// Letters and digits in the current alphabet (`\mathbf{…}` and kin).
    func styled(_ text: String) -> String {
        guard let alphabet, alphabet != "mathrm" else { return escapeHTML(text) }
        return escapeHTML(String(text.map { TeXSymbols.styled($0, alphabet) ?? $0 }))
    }

    mutating func report(_ message: String, at token: TeXToken) {
        problems.append(Problem(message: message, offset: token.offset))
    }

    func peek() -> TeXToken? {
        position < tokens.count ? tokens[position] : nil
    }

    mutating func advance() {
        position += 1
    }

    /// The raw source of a braced argument (for `\text{…}` and `\begin{…}`), or nil when there is none.
    mutating func rawArgument() -> String? {
        guard let open = peek(), open.kind == .open else { return nil }
        var depth = 0
        for index in position..<tokens.count {
            switch tokens[index].kind {
            case .open: depth += 1
            case .close:
                depth -= 1
                if depth == 0 {
                    let utf8 = Array(tex.utf8)
                    position = index + 1
                    return String(decoding: utf8[(open.offset + 1)..<tokens[index].offset], as: UTF8.self)
                }
            default: continue
            }
        }
        report("a '{' that is never closed", at: open)
        position = tokens.count
        return nil
    }

    static func spelling(_ token: TeXToken) -> String {
        switch token.kind {
        case .command(let name): "\\" + name
        case .raise: "^"
        case .lower: "_"
        default: "argument"
        }
    }

    /// Runs `body` with letters and digits in `style`.
    mutating func inAlphabet<T>(_ style: String, _ body: (inout TeXParser) -> T) -> T {
        let saved = alphabet
        alphabet = style
        defer { alphabet = saved }
        return body(&self)
    }
}
