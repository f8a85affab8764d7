/// An SVG document written element by element, deterministically: numbers
/// with at most two decimals, every text and attribute escaped, attributes
/// in the order given.
struct SVGDocument {
    let width: Double
    let height: Double
    private var body = ""

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// Adds `<name a="…" …>text</name>`, or `<name … />` without text.
    mutating func add(_ name: String, _ attributes: KeyValuePairs<String, SVGValue>, text: String? = nil) {
        body += "<" + name
        for (key, value) in attributes {
            body += " \(key)=\"\(value.text)\""
        }
        if let text {
            body += ">" + SVGValue.escape(text) + "</\(name)>\n"
        } else {
            body += "/>\n"
        }
    }

    /// Adds a group whose children `build` adds.
    mutating func group(_ attributes: KeyValuePairs<String, SVGValue>, _ build: (inout SVGDocument) -> Void) {
        body += "<g"
        for (key, value) in attributes {
            body += " \(key)=\"\(value.text)\""
        }
        body += ">\n"
        build(&self)
        body += "</g>\n"
    }

    /// The `<svg>` element, with a title for screen readers. Text takes the
    /// page's colour (`currentColor`), so one figure reads in light and dark.
    func rendered(title: String) -> String {
        let size = "0 0 \(SVGValue.format(width)) \(SVGValue.format(height))"
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"\(size)\" role=\"img\" "
            + "font-family=\"system-ui, sans-serif\" font-size=\"12\" fill=\"currentColor\">\n"
            + "<title>\(SVGValue.escape(title.isEmpty ? "figure" : title))</title>\n" + body + "</svg>"
    }
}

/// An attribute's value: a number, written with at most two decimals, or text, escaped.
enum SVGValue: ExpressibleByStringLiteral, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    case number(Double)
    case string(String)

    init(stringLiteral value: String) { self = .string(value) }
    init(floatLiteral value: Double) { self = .number(value) }
    init(integerLiteral value: Int) { self = .number(Double(value)) }

    var text: String {
        switch self {
        case .number(let value): Self.format(value)
        case .string(let value): Self.escape(value)
        }
    }

    /// Two decimals at most, no trailing zeros, never `-0`: `12.5`, `40`.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100, fraction = magnitude % 100
        switch fraction {
        case 0: return sign + String(whole)
        case _ where fraction % 10 == 0: return sign + "\(whole).\(fraction / 10)"
        default: return sign + "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
        }
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
