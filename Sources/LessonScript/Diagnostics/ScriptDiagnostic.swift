/// A 1-based position in the code of a session; columns count UTF-8 bytes,
/// as swift-syntax and cmark both do.
public struct SourcePosition: Sendable, Hashable, Comparable {
    /// Which block of the session holds the position (0 for the first block
    /// run): a function declared in one block can fail when called from another.
    public var unit: Int
    public var line: Int
    public var column: Int

    public init(unit: Int, line: Int, column: Int) {
        self.unit = unit
        self.line = line
        self.column = column
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.unit, lhs.line, lhs.column) < (rhs.unit, rhs.line, rhs.column)
    }
}

/// A problem in lesson code, found before it runs or while it runs.
public struct ScriptDiagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var severity: Severity
    public var message: String
    public var position: SourcePosition
    /// For "cannot find 'x' in scope" (or a type): the name, so a lesson can
    /// tell a block that needs what an unfinished exercise would declare.
    public var missingName: String?

    public init(_ severity: Severity = .error, _ message: String, at position: SourcePosition, missingName: String? = nil) {
        self.severity = severity
        self.message = message
        self.position = position
        self.missingName = missingName
    }
}

/// Why a block did not complete: the errors that kept it from running, or
/// the one that stopped it while running. Never empty.
public struct ScriptFailure: Error, Sendable, Hashable {
    public var diagnostics: [ScriptDiagnostic]

    public init(_ diagnostics: [ScriptDiagnostic]) {
        precondition(!diagnostics.isEmpty, "a failure has at least one diagnostic")
        self.diagnostics = diagnostics
    }

    init(_ message: String, at position: SourcePosition) {
        self.init([ScriptDiagnostic(.error, message, at: position)])
    }

    /// The diagnostic a one-line report shows: the earliest in the code.
    public var first: ScriptDiagnostic {
        diagnostics.min { $0.position < $1.position }!
    }
}
