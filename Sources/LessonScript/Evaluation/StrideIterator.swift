/// The values of `stride(from:to:by:)` and `stride(from:through:by:)` over
/// Int or Double. As in Swift, a Double stride computes from + k·by rather
/// than adding up steps, and the `through` end is included only when reached
/// exactly; an Int stride ends before it would overflow.
struct StrideIterator {
    let start: Value, end: Value, step: Value
    let isInclusive: Bool
    private var k = 0

    init(from start: Value, to end: Value, by step: Value, isInclusive: Bool) {
        (self.start, self.end, self.step, self.isInclusive) = (start, end, step, isInclusive)
    }

    mutating func next() throws(Builtin.Failure) -> Value? {
        defer { k += 1 }
        if case .int(let s) = step {
            guard s != 0 else { throw Builtin.Failure(message: Message.zeroStride) }
            let (offset, o1) = s.multipliedReportingOverflow(by: k)
            let (current, o2) = start.int.addingReportingOverflow(offset)
            if o1 || o2 { return nil }
            let isPast = s > 0 ? (isInclusive ? current > end.int : current >= end.int) : (isInclusive ? current < end.int : current <= end.int)
            return isPast ? nil : .int(current)
        }
        let s = step.double
        guard s != 0 else { throw Builtin.Failure(message: Message.zeroStride) }
        let current = start.double + Double(k) * s
        let isPast = s > 0 ? (isInclusive ? current > end.double : current >= end.double) : (isInclusive ? current < end.double : current <= end.double)
        return isPast ? nil : .double(current)
    }
}
