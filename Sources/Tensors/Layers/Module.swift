/// A layer or a model: something with parameters that maps a tensor to a
/// tensor. A user's own struct conforms by declaring its layers and tensors
/// as stored properties; `parameters` finds them.
public protocol Module {
    func callAsFunction(_ input: Tensor) -> Tensor
    /// The same as a call, with shapes checked: a mismatch throws an error
    /// naming the layer, where a call traps with its message. The engine's
    /// layers check; a user's own module just makes the call.
    func forward(_ input: Tensor) throws(TensorError) -> Tensor
    /// The tensors an optimizer updates; by default, found through stored properties.
    var parameters: [Tensor] { get }
}

extension Module {
    public func forward(_ input: Tensor) throws(TensorError) -> Tensor {
        callAsFunction(input)
    }

    public var parameters: [Tensor] {
        collectParameters(Mirror(reflecting: self))
    }
}

/// Walks stored properties: tensors that require gradients, modules, and arrays of either.
private func collectParameters(_ mirror: Mirror) -> [Tensor] {
    mirror.children.flatMap { child -> [Tensor] in
        switch child.value {
        case let tensor as Tensor: tensor.requiresGrad ? [tensor] : []
        case let module as any Module: module.parameters
        case let modules as [any Module]: modules.flatMap(\.parameters)
        case let tensors as [Tensor]: tensors.filter(\.requiresGrad)
        default: []
        }
    }
}
