/// A ceiling on the memory tensors hold, for code that must not exhaust the
/// machine (lesson code, students' submissions). While a budget is current
/// (`MemoryBudget.$current.withValue(budget) { … }`), every tensor made is
/// counted against it until it is freed; the operations that can make a
/// result far larger than their inputs (broadcasting, matmul, convolution)
/// refuse one that would pass the ceiling, and a caller checks `isExceeded`
/// after the others.
///
/// ```swift
/// let budget = MemoryBudget(limitBytes: 1 << 20)
/// MemoryBudget.$current.withValue(budget) { _ = Tensor.zeros([1000]) }
/// budget.liveBytes   // 0: the tensor was freed
/// ```
public final class MemoryBudget: @unchecked Sendable {
    // Charged by the tensors of one session, which runs on one thread at a time.
    public var limitBytes: Int
    public private(set) var liveBytes = 0

    @TaskLocal public static var current: MemoryBudget?

    public init(limitBytes: Int) {
        self.limitBytes = limitBytes
    }

    public var isExceeded: Bool { liveBytes > limitBytes }

    func charge(_ bytes: Int) { liveBytes += bytes }
    func refund(_ bytes: Int) { liveBytes -= bytes }

    /// Refuses, before it is made, a result of `count` elements that would pass the current budget's ceiling.
    static func reserve(_ count: Int, for operation: String) throws(TensorError) {
        guard let budget = current else { return }
        let (bytes, overflow) = count.multipliedReportingOverflow(by: MemoryLayout<Float>.stride)
        guard !overflow, bytes <= budget.limitBytes - budget.liveBytes else {
            throw TensorError.memory(operation, elements: count, limitBytes: budget.limitBytes)
        }
    }
}
