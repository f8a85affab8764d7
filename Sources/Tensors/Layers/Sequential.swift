/// Layers applied one after another, written with a result builder:
///
/// ```swift
/// let model = Sequential {
///     Linear(2, 4); Sigmoid()
///     Linear(4, 1); Sigmoid()
/// }
/// ```
public struct Sequential: Module {
    public let layers: [any Module]

    public init(@LayerBuilder _ layers: () -> [any Module]) {
        self.layers = layers()
    }

    public init(_ layers: [any Module]) {
        self.layers = layers
    }

    public func callAsFunction(_ input: Tensor) -> Tensor {
        orTrap { () throws(TensorError) in try forward(input) }
    }

    public func forward(_ input: Tensor) throws(TensorError) -> Tensor {
        var output = input
        for layer in layers { output = try layer.forward(output) }
        return output
    }
}

@resultBuilder
public enum LayerBuilder {
    public static func buildExpression(_ layer: any Module) -> [any Module] { [layer] }
    public static func buildBlock(_ parts: [any Module]...) -> [any Module] { parts.flatMap { $0 } }
}
