import SwiftSyntax

extension Lowerer {
    /// `Sequential { Linear(2, 4); Sigmoid() … }`: the builder's statements are
    /// its layers, in order, as the engine's result builder takes them.
    mutating func lowerSequential(_ builder: ClosureExprSyntax) -> Typed? {
        var layers: [Expr] = []
        for item in builder.statements {
            guard case .expr(let expr) = item.item else {
                report(Message.notALayer, at: item)
                return nil
            }
            guard let layer = lower(expr) else { return nil }
            guard layer.type.isLayer else {
                report(Message.notALayer, at: expr)
                return nil
            }
            layers.append(layer.expr)
        }
        return Typed(expr: .builtin(Builtins.sequential, layers, position(builder)), type: .object("Sequential"))
    }
}
