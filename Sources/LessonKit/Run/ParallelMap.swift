import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` spread over the cores, each result at its element's index:
    /// lessons run side by side, in sessions of their own.
    public func parallelMap<Result: Sendable>(_ transform: @escaping @Sendable (Element) -> Result) -> [Result] {
        let results = Results<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(transform(self[index]), at: index)
        }
        return results.all
    }
}

/// Results from concurrent workers, each writing its own index.
private final class Results<Value>: @unchecked Sendable {
    private var values: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    func store(_ value: Value, at index: Int) {
        lock.withLock { values[index] = value }
    }

    var all: [Value] {
        lock.withLock { values.map { $0! } }
    }
}
