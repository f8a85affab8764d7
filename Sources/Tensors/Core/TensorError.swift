/// Why a tensor operation cannot run, naming the operation and the shapes.
/// Checked entry points throw it; the convenience API traps with its message.
public struct TensorError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }

    static func shapes(_ operation: String, _ a: [Int], _ b: [Int], _ problem: String) -> TensorError {
        TensorError("\(operation): \(describe(a)) × \(describe(b)): \(problem)")
    }

    static func broadcast(_ operation: String, _ a: [Int], _ b: [Int]) -> TensorError {
        TensorError("\(operation): shapes \(describe(a)) and \(describe(b)) cannot be broadcast together")
    }

    static func memory(_ operation: String, elements: Int, limitBytes: Int) -> TensorError {
        TensorError("memory limit reached: \(operation) would make a tensor of \(elements) elements, past the ceiling of \(limitBytes >> 20) MB for tensors")
    }

    static func axis(_ operation: String, _ axis: Int, rank: Int) -> TensorError {
        TensorError("\(operation): axis \(axis) is out of range for a tensor of rank \(rank)")
    }

    /// `[4, 3]`, as shapes appear in every message.
    static func describe(_ shape: [Int]) -> String {
        "[" + shape.map(String.init).joined(separator: ", ") + "]"
    }
}

/// Runs a checked operation for the trapping convenience API. Operators call
/// this once per operation, so the common result types have non-generic
/// overloads: a generic call from another file costs a runtime type lookup.
func orTrap<T>(_ body: () throws(TensorError) -> T) -> T {
    do {
        return try body()
    } catch {
        preconditionFailure(error.message)
    }
}

func orTrap(_ body: () throws(TensorError) -> Tensor) -> Tensor {
    do {
        return try body()
    } catch {
        preconditionFailure(error.message)
    }
}

func orTrap(_ body: () throws(TensorError) -> Void) {
    do {
        try body()
    } catch {
        preconditionFailure(error.message)
    }
}
