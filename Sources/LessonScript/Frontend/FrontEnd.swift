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

extension ParsedBlock {
    /// The names a block's code declares at its top level (constants,
    /// variables, functions, structs), read from its syntax even when it does
    /// not parse or check, so a lesson can tell which later blocks needed it.
    static func declaredNames(in code: String) -> [String] {
        Parser.parse(source: code).statements.flatMap { item -> [String] in
            if let variable = item.item.as(VariableDeclSyntax.self) {
                return variable.bindings.flatMap { binding in
                    binding.pattern.tokens(viewMode: .sourceAccurate).filter { $0.tokenKind.isIdentifier }.map(\.text)
                }
            }
            if let function = item.item.as(FunctionDeclSyntax.self) { return [function.name.text] }
            if let structure = item.item.as(StructDeclSyntax.self) { return [structure.name.text] }
            return []
        }
    }
}

private extension TokenKind {
    var isIdentifier: Bool {
        if case .identifier = self { return true }
        return false
    }
}
