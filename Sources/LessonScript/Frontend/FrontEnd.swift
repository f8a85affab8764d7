import SwiftDiagnostics
import SwiftOperators
import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax

/// A block's code parsed by swift-syntax with its operators folded, or the
/// parser's and folder's errors.
struct ParsedBlock {
    let tree: SourceFileSyntax
    let converter: SourceLocationConverter

    init(parsing code: String, unit: Int) throws(ScriptFailure) {
        let parsed = Parser.parse(source: code)
        var problems = ParseDiagnosticsGenerator.diagnostics(for: parsed)
        let folded = OperatorTable.standardOperators.foldAll(parsed) { problems.append($0.asDiagnostic) }
        tree = folded.as(SourceFileSyntax.self) ?? parsed
        converter = SourceLocationConverter(fileName: "", tree: tree)

        let errors = problems.filter { $0.diagMessage.severity == .error }
        if !errors.isEmpty {
            throw ScriptFailure(errors.map { problem in
                let location = problem.location(converter: converter)
                let position = SourcePosition(unit: unit, line: location.line, column: location.column)
                return ScriptDiagnostic(.error, problem.message, at: position)
            })
        }
    }
}
