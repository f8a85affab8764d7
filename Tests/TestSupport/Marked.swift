import Foundation

/// Code with a `1️⃣` marker where a diagnostic is expected, as swift-syntax's
/// tests write it: the code without the marker, and the marker's 1-based
/// line and UTF-8 column.
public struct Marked {
    public let code: String
    public let line: Int
    public let column: Int

    public init(_ source: String) {
        let marker = "1️⃣"
        guard let range = source.range(of: marker) else { preconditionFailure("no 1️⃣ marker in \(source)") }
        let before = source[..<range.lowerBound]
        code = source.replacingCharacters(in: range, with: "")
        line = before.filter { $0 == "\n" }.count + 1
        column = (before.split(separator: "\n", omittingEmptySubsequences: false).last?.utf8.count ?? 0) + 1
    }
}
