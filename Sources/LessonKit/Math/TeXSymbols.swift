/// What TeX's commands stand for in MathML: letters, operators, functions
/// and spaces; one table per kind, so a command is supported exactly when
/// a table names it (or the parser's `switch` does).
enum TeXSymbols {
    /// Greek letters (and a few others) set as identifiers.
    static let letters: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε", "zeta": "ζ",
        "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
        "xi": "ξ", "pi": "π", "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ",
        "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ",
        "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
        "ell": "ℓ", "hbar": "ℏ", "imath": "ı", "jmath": "ȷ",
    ]

    /// Operators, relations, arrows and other symbols set as `<mo>`.
    static let operators: [String: String] = [
        "cdot": "⋅", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "ast": "∗", "star": "⋆", "circ": "∘", "bullet": "∙",
        "odot": "⊙", "otimes": "⊗", "oplus": "⊕", "cup": "∪", "cap": "∩", "setminus": "∖", "wedge": "∧", "vee": "∨",
        "land": "∧", "lor": "∨", "neg": "¬", "lnot": "¬",
        "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠", "approx": "≈", "equiv": "≡", "sim": "∼",
        "simeq": "≃", "cong": "≅", "propto": "∝", "ll": "≪", "gg": "≫", "in": "∈", "notin": "∉", "ni": "∋",
        "subset": "⊂", "subseteq": "⊆", "supset": "⊃", "supseteq": "⊇", "mid": "∣", "parallel": "∥", "perp": "⊥",
        "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←", "leftrightarrow": "↔", "Rightarrow": "⇒",
        "Leftarrow": "⇐", "Leftrightarrow": "⇔", "iff": "⟺", "implies": "⟹", "mapsto": "↦", "longrightarrow": "⟶",
        "uparrow": "↑", "downarrow": "↓",
        "infty": "∞", "partial": "∂", "nabla": "∇", "forall": "∀", "exists": "∃", "emptyset": "∅", "varnothing": "∅",
        "ldots": "…", "dots": "…", "cdots": "⋯", "vdots": "⋮", "ddots": "⋱", "prime": "′", "top": "⊤", "bot": "⊥",
        "angle": "∠", "triangle": "△", "square": "□", "checkmark": "✓",
        "langle": "⟨", "rangle": "⟩", "lceil": "⌈", "rceil": "⌉", "lfloor": "⌊", "rfloor": "⌋",
        "vert": "|", "Vert": "‖", "backslash": "\\", "colon": ":",
        "{": "{", "}": "}", "|": "‖", "%": "%", "$": "$", "#": "#", "&": "&", "_": "_",
    ]

    /// Large operators whose limits go under and over them in display math.
    static let largeOperators: [String: String] = [
        "sum": "∑", "prod": "∏", "coprod": "∐", "bigcup": "⋃", "bigcap": "⋂", "bigoplus": "⨁", "bigotimes": "⨂",
    ]

    /// Integrals, whose limits stay beside them.
    static let integrals: [String: String] = ["int": "∫", "iint": "∬", "iiint": "∭", "oint": "∮"]

    /// Named functions, set upright; those marked `true` take limits under them (`\max_x`).
    static let functions: [String: Bool] = [
        "sin": false, "cos": false, "tan": false, "sinh": false, "cosh": false, "tanh": false, "arcsin": false,
        "arccos": false, "arctan": false, "exp": false, "log": false, "ln": false, "lg": false, "det": false, "dim": false,
        "arg": false, "deg": false, "ker": false, "sec": false, "csc": false, "cot": false, "Pr": true,
        "lim": true, "max": true, "min": true, "sup": true, "inf": true, "limsup": true, "liminf": true,
        "argmax": true, "argmin": true, "gcd": true,
    ]

    /// Spaces, as widths in em.
    static let spaces: [String: Double] = [",": 0.167, ":": 0.222, ">": 0.222, ";": 0.278, " ": 0.25, "quad": 1, "qquad": 2, "!": 0]

    /// Accents over their argument.
    static let accents: [String: String] = [
        "hat": "^", "widehat": "^", "bar": "¯", "overline": "¯", "tilde": "~", "widetilde": "~", "vec": "→",
        "dot": "˙", "ddot": "¨", "check": "ˇ", "acute": "´", "grave": "`", "breve": "˘",
    ]

    /// Delimiters after `\left`, `\right` and the `\big` family.
    static func delimiter(_ token: TeXToken) -> String? {
        switch token.kind {
        case .character(let character) where "()[]|/.".contains(character): character == "." ? "" : String(character)
        case .command(let name): ["{": "{", "}": "}", "|": "‖", "langle": "⟨", "rangle": "⟩", "lceil": "⌈", "rceil": "⌉",
                                  "lfloor": "⌊", "rfloor": "⌋", "vert": "|", "Vert": "‖", "lbrace": "{", "rbrace": "}",
                                  "lbrack": "[", "rbrack": "]", "backslash": "\\"][name]
        default: nil
        }
    }

    /// A letter or digit in a styled alphabet (`\mathbf`, `\mathbb`, `\mathcal`), from Unicode's mathematical alphanumerics.
    static func styled(_ character: Character, _ style: String) -> Character? {
        let exceptions: [String: [Character: Character]] = [
            "mathbb": ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"],
            "mathcal": ["B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ", "e": "ℯ", "g": "ℊ", "o": "ℴ"],
        ]
        if let exception = exceptions[style]?[character] { return exception }
        let bases: [String: (upper: UInt32, lower: UInt32, digit: UInt32?)] = [
            "mathbf": (0x1D400, 0x1D41A, 0x1D7CE), "mathbb": (0x1D538, 0x1D552, 0x1D7D8), "mathcal": (0x1D49C, 0x1D4B6, nil),
            "mathsf": (0x1D5A0, 0x1D5BA, 0x1D7E2), "mathtt": (0x1D670, 0x1D68A, 0x1D7F6), "mathit": (0x1D434, 0x1D44E, nil),
        ]
        guard let base = bases[style], let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        let value = scalar.value
        let mapped: UInt32? = switch value {
        case 0x41...0x5A: base.upper + value - 0x41
        case 0x61...0x7A: base.lower + value - 0x61
        case 0x30...0x39: base.digit.map { $0 + value - 0x30 }
        default: nil
        }
        // Italic small h is Planck's constant, outside the block.
        if style == "mathit", character == "h" { return "ℎ" }
        return mapped.flatMap(Unicode.Scalar.init).map(Character.init)
    }
}
