extension Compiler {
    /// The array methods that call a function per element, in Swift's order.
    static func higherOrder(
        _ kind: HigherOrder, _ array: @escaping Evaluate, _ initial: Evaluate?, _ function: @escaping Evaluate, spreadsTuple: Bool,
        _ position: SourcePosition
    ) -> Evaluate {
        { frame throws(ScriptFailure) in
            let elements = try array(frame).array
            let start = try initial?(frame)
            guard case .closure(let closure) = try function(frame) else { preconditionFailure("checker: expected a function") }
            func call(_ arguments: Value...) throws(ScriptFailure) -> Value {
                if spreadsTuple, case .tuple(let values, _) = arguments[0] { return try invoke(closure, values, from: frame, position) }
                return try invoke(closure, arguments, from: frame, position)
            }
            switch kind {
            case .map:
                var results: [Value] = []
                results.reserveCapacity(elements.count)
                for element in elements { results.append(try call(element)) }
                return .array(results)
            case .flatMap:
                var results: [Value] = []
                for element in elements { results += try call(element).array }
                return .array(results)
            case .compactMap:
                var results: [Value] = []
                for element in elements {
                    if case .some(let value) = try call(element) { results.append(value) }
                }
                return .array(results)
            case .filter:
                var kept: [Value] = []
                for element in elements where try call(element).bool { kept.append(element) }
                return .array(kept)
            case .reduce:
                var accumulator = start ?? .void
                for element in elements { accumulator = try call(accumulator, element) }
                return accumulator
            case .sorted:
                return .array(try mergeSorted(elements) { a, b throws(ScriptFailure) in try call(a, b).bool })
            case .contains:
                for element in elements where try call(element).bool { return .bool(true) }
                return .bool(false)
            case .first:
                for element in elements where try call(element).bool { return .some(element) }
                return .none
            case .allSatisfy:
                for element in elements where !(try call(element).bool) { return .bool(false) }
                return .bool(true)
            case .forEach:
                for element in elements { _ = try call(element) }
                return .void
            case .min, .max:
                // As Swift's: the first of equal elements wins, and the comparator sees them in this order.
                guard var best = elements.first else { return .none }
                for element in elements.dropFirst() {
                    let isBetter = kind == .min ? try call(element, best).bool : try call(best, element).bool
                    if isBetter { best = element }
                }
                return .some(best)
            }
        }
    }

    /// A stable merge sort with a comparator that may fail (the standard
    /// library's sort cannot pass a typed error through).
    private static func mergeSorted(_ values: [Value], by areInIncreasingOrder: (Value, Value) throws(ScriptFailure) -> Bool) throws(ScriptFailure) -> [Value] {
        guard values.count > 1 else { return values }
        let middle = values.count / 2
        let left = try mergeSorted(Array(values[..<middle]), by: areInIncreasingOrder)
        let right = try mergeSorted(Array(values[middle...]), by: areInIncreasingOrder)
        var merged: [Value] = []
        merged.reserveCapacity(values.count)
        var (i, j) = (0, 0)
        while i < left.count, j < right.count {
            // Taking from the right only when strictly before keeps equal elements in order.
            if try areInIncreasingOrder(right[j], left[i]) {
                merged.append(right[j])
                j += 1
            } else {
                merged.append(left[i])
                i += 1
            }
        }
        merged += left[i...]
        merged += right[j...]
        return merged
    }
}
