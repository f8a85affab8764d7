/// A dictionary in lesson code. Swift's dictionaries have no order (and
/// print in a different one each run); these keep their keys in insertion
/// order, so a lesson prints the same bytes on every run.
public struct DictionaryValue: Sendable, Hashable {
    private(set) var keys: [Value] = []
    private(set) var values: [Value] = []
    private var positions: [Value: Int] = [:]

    var count: Int { keys.count }

    subscript(key: Value) -> Value? {
        get { positions[key].map { values[$0] } }
        set {
            if let newValue {
                if let position = positions[key] {
                    values[position] = newValue
                } else {
                    positions[key] = keys.count
                    keys.append(key)
                    values.append(newValue)
                }
            } else if let position = positions.removeValue(forKey: key) {
                keys.remove(at: position)
                values.remove(at: position)
                for index in position..<keys.count { positions[keys[index]] = index }
            }
        }
    }

    /// Changes the value for `key` (starting from `fallback` when there is
    /// none) in place: the value leaves the dictionary while it changes, so
    /// an array inside is not copied.
    mutating func modifyValue(forKey key: Value, default fallback: Value, _ change: (inout Value) throws(ScriptFailure) -> Void) throws(ScriptFailure) {
        guard let position = positions[key] else {
            var value = fallback
            defer { self[key] = value }
            return try change(&value)
        }
        var value = values[position]
        values[position] = .void
        defer { values[position] = value }
        try change(&value)
    }

    /// The elements as Swift iterates them: `(key: k, value: v)` tuples.
    var pairs: [Value] {
        zip(keys, values).map { .tuple([$0, $1], labels: ["key", "value"]) }
    }

    var description: String {
        keys.isEmpty ? "[:]" : "[" + zip(keys, values).map { "\($0.nestedDescription): \($1.nestedDescription)" }.joined(separator: ", ") + "]"
    }

    /// Equal when they hold the same keys with equal values, in any order, as in Swift.
    public static func == (lhs: DictionaryValue, rhs: DictionaryValue) -> Bool {
        lhs.count == rhs.count && zip(lhs.keys, lhs.values).allSatisfy { rhs[$0] == $1 }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
    }
}
