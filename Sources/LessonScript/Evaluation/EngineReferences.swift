import Tensors

/// A tensor held by a lesson value: the same object, so identity (and with
/// it a parameter's gradient) survives assignment, as in PyTorch.
public final class TensorReference: Hashable, @unchecked Sendable {
    // Tensors belong to one session, which runs one block at a time.
    let tensor: Tensor

    init(_ tensor: Tensor) {
        self.tensor = tensor
    }

    public static func == (lhs: TensorReference, rhs: TensorReference) -> Bool { lhs.tensor === rhs.tensor }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(tensor)) }
}

extension Value {
    var tensor: Tensor {
        guard case .tensor(let reference) = self else { preconditionFailure("checker: expected a Tensor, got \(self)") }
        return reference.tensor
    }

    static func wrap(_ tensor: Tensor) -> Value { .tensor(TensorReference(tensor)) }
}

/// An engine object held by a lesson value: an optimizer, or a layer (the
/// engine's layers are structs whose tensors are references, so sharing the
/// holder shares the parameters, as in PyTorch).
public final class ObjectReference: Hashable, @unchecked Sendable {
    // Objects belong to one session, which runs one block at a time.
    let object: Any
    let name: String

    init(_ object: Any, name: String) {
        self.object = object
        self.name = name
    }

    public static func == (lhs: ObjectReference, rhs: ObjectReference) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

extension Value {
    var module: any Module {
        guard case .object(let reference) = self, let module = reference.object as? any Module else {
            preconditionFailure("checker: expected a layer, got \(self)")
        }
        return module
    }

    var optimizer: any Optimizer {
        guard case .object(let reference) = self, let optimizer = reference.object as? any Optimizer else {
            preconditionFailure("checker: expected an optimizer, got \(self)")
        }
        return optimizer
    }
}
