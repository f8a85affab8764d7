/// A series drawn as one line of block characters, for terminals:
/// the lowest value is "▁", the highest "█".
///
/// ```swift
/// Sparkline([1, 2, 3, 4, 5, 6, 7, 8]).text   // "▁▂▃▄▅▆▇█"
/// ```
public struct Sparkline: Sendable, Hashable {
    public var values: [Double]

    public init(_ values: [Double]) {
        self.values = values
    }

    private static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One character per value; values that are not finite show as a space.
    public var text: String {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else {
            return String(repeating: " ", count: values.count)
        }
        let span = high - low
        return String(values.map { value -> Character in
            guard value.isFinite else { return " " }
            let fraction = span > 0 ? (value - low) / span : 0.5
            let index = min(Self.levels.count - 1, Int(fraction * Double(Self.levels.count - 1) + 0.5))
            return Self.levels[index]
        })
    }
}
