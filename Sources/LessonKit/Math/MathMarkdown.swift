/// Markdown with its math kept away from cmark: each `$…$` and `$$…$$`
/// outside code becomes a placeholder cmark passes through untouched, so
/// underscores, asterisks and backslashes in TeX survive, and every line
/// stays where it was. After cmark has rendered the prose, `restoring`
/// puts each formula's MathML where its placeholder is.
///
/// Dollars follow pandoc's rule: an opening `$` has a non-space after it, a
/// closing one a non-space before it and no digit after it, so "$5 and $10"
/// stays text; `\$` is a dollar. Math never crosses a blank line or code,
/// and inline math no backtick.
struct MathMarkdown {
    /// The Markdown with placeholders.
    let markdown: String
    let formulas: [MathFormula]

    /// Private-use characters: they mean nothing to cmark, and authors do not type them.
    private static let start = "\u{E000}", end = "\u{E001}", continuation = "\u{E002}"

    /// - Parameter verbatim: the lines of code and HTML blocks, where dollars are text.
    init(_ text: String, verbatim: [ClosedRange<Int>]) {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var formulas: [MathFormula] = []
        var scanner = Scanner(bytes: bytes, verbatim: verbatim)
        while let byte = scanner.current {
            if scanner.isVerbatimLine {
                output += scanner.takeLine()
                continue
            }
            switch byte {
            case UInt8(ascii: "\\"):
                output += scanner.take(2)
            case UInt8(ascii: "`"):
                output += scanner.takeCodeSpan()
            case UInt8(ascii: "$"):
                guard let (tex, isDisplay, line, column, newlines) = scanner.takeFormula() else {
                    output += scanner.take(1)
                    continue
                }
                output += Array((Self.start + String(formulas.count) + Self.end).utf8)
                output += Array(String(repeating: "\n" + Self.continuation, count: newlines).utf8)
                formulas.append(MathFormula(tex: tex, isDisplay: isDisplay, line: line, column: column))
            default:
                output += scanner.take(1)
            }
        }
        markdown = String(decoding: output, as: UTF8.self)
        self.formulas = formulas
    }

    /// Rendered prose with each placeholder replaced: a paragraph that is
    /// only a displayed formula becomes the formula; elsewhere `html(formula)`.
    func restoring(in html: String, _ replacement: (MathFormula) -> String) -> String {
        guard html.contains(Self.start) else { return html }
        var text = html.replacingOccurrences(of: "\n" + Self.continuation, with: "")
        for (index, formula) in formulas.enumerated() where formula.isDisplay {
            text = text.replacingOccurrences(of: "<p>" + Self.start + String(index) + Self.end + "</p>", with: replacement(formula))
        }
        var result = ""
        var rest = text[...]
        while let opening = rest.range(of: Self.start) {
            result += rest[..<opening.lowerBound]
            guard let closing = rest[opening.upperBound...].range(of: Self.end),
                  let index = Int(rest[opening.upperBound..<closing.lowerBound]), formulas.indices.contains(index) else {
                result += rest[opening]
                rest = rest[opening.upperBound...]
                continue
            }
            result += replacement(formulas[index])
            rest = rest[closing.upperBound...]
        }
        return result + rest
    }
}

/// Walks Markdown bytes line by line for `MathMarkdown`.
private struct Scanner {
    let bytes: [UInt8]
    let verbatim: [ClosedRange<Int>]
    var index = 0
    /// The current line, from 1, and the index where it starts.
    var line = 1
    var lineStart = 0

    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    var isVerbatimLine: Bool {
        index == lineStart && verbatim.contains { $0.contains(line) }
    }

    /// The next `count` bytes (fewer at the end), counting lines.
    mutating func take(_ count: Int) -> ArraySlice<UInt8> {
        let end = min(index + count, bytes.count)
        defer {
            for position in index..<end where bytes[position] == UInt8(ascii: "\n") {
                line += 1
                lineStart = position + 1
            }
            index = end
        }
        return bytes[index..<end]
    }

    mutating func takeLine() -> ArraySlice<UInt8> {
        let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
        return take(end - index)
    }

    /// A code span: a run of backticks and all up to the next run of the same
    /// length (not crossing a blank line); a run with no match is only itself.
    mutating func takeCodeSpan() -> ArraySlice<UInt8> {
        let runLength = bytes[index...].prefix { $0 == UInt8(ascii: "`") }.count
        var position = index + runLength
        while position < bytes.count, !isParagraphEnd(position) {
            guard bytes[position] == UInt8(ascii: "`") else {
                position += 1
                continue
            }
            let length = bytes[position...].prefix { $0 == UInt8(ascii: "`") }.count
            if length == runLength { return take(position + length - index) }
            position += length
        }
        return take(runLength)
    }

    /// A formula starting here, if the dollars make one: its TeX, whether it is displayed,
    /// the file position of the TeX, and how many line breaks it holds.
    mutating func takeFormula() -> (String, Bool, Int, Int, Int)? {
        let isDisplay = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "$")
        let texStart = index + (isDisplay ? 2 : 1)
        guard texStart < bytes.count, isDisplay || !isSpace(bytes[texStart]) else { return nil }
        var position = texStart
        while position < bytes.count, !isParagraphEnd(position) {
            switch bytes[position] {
            case UInt8(ascii: "\\"):
                position += 2
                continue
            case UInt8(ascii: "`") where !isDisplay:
                // Inline math never reaches into code: "$5 and `$x`" has none.
                return nil
            case UInt8(ascii: "$") where isDisplay:
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "$"), position > texStart else { break }
                return finish(texStart: texStart, texEnd: position, after: position + 2, isDisplay: true)
            case UInt8(ascii: "$"):
                let follows = position + 1 < bytes.count ? bytes[position + 1] : 0
                guard !isSpace(bytes[position - 1]), !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(follows) else { break }
                return finish(texStart: texStart, texEnd: position, after: position + 1, isDisplay: false)
            default:
                break
            }
            position += 1
        }
        return nil
    }

    private mutating func finish(texStart: Int, texEnd: Int, after: Int, isDisplay: Bool) -> (String, Bool, Int, Int, Int) {
        let tex = String(decoding: bytes[texStart..<texEnd], as: UTF8.self)
        let column = texStart - lineStart + 1, startLine = line
        let newlines = take(after - index).filter { $0 == UInt8(ascii: "\n") }.count
        return (tex, isDisplay, startLine, column, newlines)
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
    }

    /// Whether `position` starts a blank line or a verbatim one: a paragraph ends there.
    private func isParagraphEnd(_ position: Int) -> Bool {
        guard position > 0, bytes[position - 1] == UInt8(ascii: "\n") else { return false }
        let rest = bytes[position...].prefix { $0 != UInt8(ascii: "\n") }
        if rest.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { return true }
        let lineNumber = line + bytes[index..<position].filter { $0 == UInt8(ascii: "\n") }.count
        return verbatim.contains { $0.contains(lineNumber) }
    }
}
