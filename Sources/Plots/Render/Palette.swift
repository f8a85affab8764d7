import Foundation

/// The colours figures use. Series and classes take Paul Tol's bright
/// palette, which colour-blind readers can tell apart on light and dark
/// pages; magnitudes take viridis, which reads in order in grey too.
enum Palette {
    static let categorical = ["#4477aa", "#ee6677", "#228833", "#ccbb44", "#66ccee", "#aa3377", "#bbbbbb"]

    /// The colour of series or class `index` (from 0; they repeat after seven).
    static func colour(_ index: Int) -> String {
        categorical[((index % categorical.count) + categorical.count) % categorical.count]
    }

    /// Viridis' stops, from dark blue through teal and green to yellow.
    private static let stops: [(Double, Double, Double)] = [(68, 1, 84), (59, 82, 139), (33, 145, 140), (94, 201, 98), (253, 231, 37)]

    /// The viridis colour of a fraction from 0 to 1.
    static func viridis(_ fraction: Double) -> String {
        let position = min(max(fraction.isFinite ? fraction : 0, 0), 1) * Double(stops.count - 1)
        let index = min(Int(position), stops.count - 2), t = position - Double(index)
        let (a, b) = (stops[index], stops[index + 1])
        let mix = { (p: Double, q: Double) in Int((p + (q - p) * t).rounded()) }
        return String(format: "#%02x%02x%02x", mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
    }

    /// Whether text on a viridis cell of this fraction reads better dark than light.
    static func wantsDarkText(_ fraction: Double) -> Bool {
        fraction > 0.55
    }
}
