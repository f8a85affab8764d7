import SwiftIDEUtils
import SwiftParser
import SwiftSyntax

/// A piece of Swift code and what it is, for highlighting: the renderer gets
/// these, never swift-syntax's tree.
public struct HighlightedToken: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case keyword, identifier, type, number, string, comment, `operator`, label, plain
    }

    public var kind: Kind
    public var text: String
}

/// Swift code split into highlighted tokens by swift-syntax's classification;
/// joined, the tokens give back the code exactly.
///
/// ```swift
/// Highlighter.tokens("let x = 1").map(\.kind)   // [.keyword, .plain, .identifier, .plain, .operator, .plain, .number]
/// ```
public enum Highlighter {
    public static func tokens(_ code: String) -> [HighlightedToken] {
        let tree = Parser.parse(source: code)
        let bytes = Array(code.utf8)
        var tokens: [HighlightedToken] = []
        var position = 0
        func append(_ kind: HighlightedToken.Kind, upTo end: Int) {
            guard end > position else { return }
            let text = String(decoding: bytes[position..<end], as: UTF8.self)
            if let last = tokens.last, last.kind == kind {
                tokens[tokens.count - 1].text += text
            } else {
                tokens.append(HighlightedToken(kind: kind, text: text))
            }
            position = end
        }
        for classified in tree.classifications {
            let start = min(classified.range.lowerBound.utf8Offset, bytes.count)
            let end = min(classified.range.upperBound.utf8Offset, bytes.count)
            append(.plain, upTo: start)
            append(kind(of: classified.kind), upTo: end)
        }
        append(.plain, upTo: bytes.count)
        return tokens
    }

    private static func kind(of classification: SyntaxClassification) -> HighlightedToken.Kind {
        switch classification {
        case .keyword, .attribute, .ifConfigDirective: .keyword
        case .identifier, .dollarIdentifier: .identifier
        case .type: .type
        case .integerLiteral, .floatLiteral: .number
        case .stringLiteral, .regexLiteral: .string
        case .lineComment, .blockComment, .docLineComment, .docBlockComment: .comment
        case .operator: .operator
        case .argumentLabel: .label
        case .none, .editorPlaceholder: .plain
        @unknown default: .plain
        }
    }
}
