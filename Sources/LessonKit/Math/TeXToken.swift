/// One token of TeX math: a command, a brace, a script mark, an alignment
/// mark, a row break, or a character; with its UTF-8 offset in the source,
/// for warnings at their place.
struct TeXToken: Equatable {
    enum Kind: Equatable {
        /// `\frac` (letters) or `\,` (one other character).
        case command(String)
        case open, close
        /// `^` and `_`, before a superscript and a subscript.
        case raise, lower
        /// `&`, between cells of a row.
        case alignment
        /// `\\`, between rows.
        case rowBreak
        /// A run of digits with at most one decimal point: `3.14`.
        case number(String)
        case character(Character)
    }

    let kind: Kind
    let offset: Int

    /// The tokens of `tex`; spaces are dropped, as math mode drops them (`\text` reads its own argument raw).
    static func tokens(_ tex: String) -> [TeXToken] {
        var tokens: [TeXToken] = []
        var index = tex.startIndex
        func offset(_ position: String.Index) -> Int { tex.utf8.distance(from: tex.startIndex, to: position) }
        while index < tex.endIndex {
            let character = tex[index]
            let start = index
            index = tex.index(after: index)
            switch character {
            case " ", "\t", "\n", "\r": continue
            case "{": tokens.append(TeXToken(kind: .open, offset: offset(start)))
            case "}": tokens.append(TeXToken(kind: .close, offset: offset(start)))
            case "^": tokens.append(TeXToken(kind: .raise, offset: offset(start)))
            case "_": tokens.append(TeXToken(kind: .lower, offset: offset(start)))
            case "&": tokens.append(TeXToken(kind: .alignment, offset: offset(start)))
            case "%":
                // A comment runs to the end of its line.
                index = tex[index...].firstIndex(of: "\n") ?? tex.endIndex
            case "\\":
                guard index < tex.endIndex else {
                    tokens.append(TeXToken(kind: .character("\\"), offset: offset(start)))
                    continue
                }
                if tex[index] == "\\" {
                    index = tex.index(after: index)
                    tokens.append(TeXToken(kind: .rowBreak, offset: offset(start)))
                } else if tex[index].isASCII && tex[index].isLetter {
                    let end = tex[index...].firstIndex { !($0.isASCII && $0.isLetter) } ?? tex.endIndex
                    tokens.append(TeXToken(kind: .command(String(tex[index..<end])), offset: offset(start)))
                    index = end
                } else {
                    tokens.append(TeXToken(kind: .command(String(tex[index])), offset: offset(start)))
                    index = tex.index(after: index)
                }
            case _ where character.isASCII && character.isNumber:
                var end = index, hasPoint = false
                while end < tex.endIndex, (tex[end].isASCII && tex[end].isNumber) || (tex[end] == "." && !hasPoint
                        && tex.index(after: end) < tex.endIndex && tex[tex.index(after: end)].isNumber) {
                    hasPoint = hasPoint || tex[end] == "."
                    end = tex.index(after: end)
                }
                tokens.append(TeXToken(kind: .number(String(tex[start..<end])), offset: offset(start)))
                index = end
            default:
                tokens.append(TeXToken(kind: .character(character), offset: offset(start)))
            }
        }
        return tokens
    }
}
