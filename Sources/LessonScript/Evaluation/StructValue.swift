/// A value of a struct declared in lesson code: its stored properties, in
/// declaration order. A value like any other, so copies are independent, as
/// Swift's structs are.
public struct StructValue: Sendable, Hashable {
    let layout: StructLayout
    var fields: [Value]

    /// Swift's default description: `Point(x: 1.0, y: 2.0)`.
    var description: String {
        layout.name + "(" + zip(layout.fieldNames, fields).map { "\($0): \($1.nestedDescription)" }.joined(separator: ", ") + ")"
    }
}

/// What the evaluator needs to know of a struct type: its name and the names of
/// its stored properties, for printing.
public final class StructLayout: Sendable, Hashable {
    let name: String
    let fieldNames: [String]
    /// A `Module`'s parameters are found through its stored properties.
    var isModule: Bool { forward != nil }
    /// A `Module`'s `callAsFunction(_: Tensor) -> Tensor`, for builtins that take any module.
    // Set once, before any value of the struct exists; a session runs one block at a time.
    nonisolated(unsafe) let forward: ScriptFunction?

    /// The module lesson code belongs to: Swift qualifies a struct's name with
    /// it when the struct is shown inside another value (`[Lesson.Point(…)]`).
    static let moduleName = "Lesson"

    init(name: String, fieldNames: [String], forward: ScriptFunction?) {
        self.name = name
        self.fieldNames = fieldNames
        self.forward = forward
    }

    public static func == (lhs: StructLayout, rhs: StructLayout) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
