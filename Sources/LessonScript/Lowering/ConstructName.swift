import SwiftSyntax

/// How a refused construct is named in "'X' is not supported in lesson code":
/// the keyword a student typed, or a short description.
func constructName(_ node: some SyntaxProtocol) -> String {
    switch node.kind {
    case .classDecl: "class"
    case .structDecl: "struct"
    case .enumDecl: "enum"
    case .protocolDecl: "protocol"
    case .extensionDecl: "extension"
    case .actorDecl: "actor"
    case .importDecl: "import"
    case .typeAliasDecl: "typealias"
    case .subscriptDecl: "subscript"
    case .initializerDecl: "init"
    case .operatorDecl, .precedenceGroupDecl: "operator declaration"
    case .macroDecl, .macroExpansionDecl, .macroExpansionExpr: "macro"
    case .genericParameterClause: "generic function"
    case .genericWhereClause: "where clause"
    case .closureExpr: "closure"
    case .arrayExpr: "array literal"
    case .dictionaryExpr: "dictionary literal"
    case .tupleExpr: "tuple"
    case .nilLiteralExpr: "nil"
    case .subscriptCallExpr: "subscript"
    case .optionalChainingExpr: "optional chaining"
    case .forceUnwrapExpr: "force unwrap"
    case .tryExpr: "try"
    case .awaitExpr: "await"
    case .keyPathExpr: "key path"
    case .regexLiteralExpr: "regex literal"
    case .switchExpr: "switch"
    case .ifExpr: "if expression"
    case .isExpr: "is"
    case .asExpr: "as"
    case .guardStmt: "guard"
    case .doStmt: "do"
    case .deferStmt: "defer"
    case .throwStmt: "throw"
    case .fallThroughStmt: "fallthrough"
    case .discardStmt: "discard"
    case .labeledStmt: "labeled statement"
    case .optionalBindingCondition: "if let"
    case .matchingPatternCondition: "if case"
    case .availabilityCondition: "#available"
    default: shortSource(node) ?? "\(node.kind)"
    }
}

/// The node's own text when it is short enough to quote in a message.
private func shortSource(_ node: some SyntaxProtocol) -> String? {
    let text = node.trimmedDescription
    return text.count <= 40 && !text.contains("\n") ? text : nil
}
