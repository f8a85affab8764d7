/// How reports are written for a terminal: plain text, or with ANSI colours
/// when a person is watching (the command-line tool decides which).
public enum TerminalStyle: Sendable {
    case plain, colored

    enum Colour: String {
        case red = "31", green = "32", yellow = "33", cyan = "36", dim = "2", bold = "1"
    }

    func paint(_ text: String, _ colours: Colour...) -> String {
        guard self == .colored, !text.isEmpty else { return text }
        return "\u{1B}[" + colours.map(\.rawValue).joined(separator: ";") + "m" + text + "\u{1B}[0m"
    }
}

extension LessonDiagnostic {
    /// `formatted`, its severity and caret coloured as compilers colour them.
    public func formatted(_ style: TerminalStyle) -> String {
        guard style == .colored else { return formatted }
        let severityColour: TerminalStyle.Colour = severity == .error ? .red : .yellow
        let header = style.paint("\(file):\(line):\(column):", .bold) + " " + style.paint("\(severity.rawValue):", .bold, severityColour)
            + " " + style.paint(message, .bold)
        guard !sourceLine.isEmpty else { return header }
        let caret = caretLine
        return header + "\n" + sourceLine + "\n" + caret.dropLast() + style.paint("^", .bold, .green)
    }
}
