import Foundation

/// A linear map from data values to positions on the page, with tick values
/// at round numbers (multiples of 1, 2 or 5 times a power of ten).
struct Scale {
    /// The data range shown.
    let low: Double, high: Double
    /// Where `low` and `high` land on the page.
    let start: Double, end: Double

    /// Covers the finite `values`, widened by `padding` of their span on each
    /// side so no mark sits on the frame; equal values get a unit of room.
    init(covering values: [Double], from start: Double, to end: Double, padding: Double = 0.04) {
        let finite = values.filter(\.isFinite)
        var low = finite.min() ?? 0, high = finite.max() ?? 1
        if low == high { (low, high) = (low - 1, high + 1) }
        let margin = (high - low) * padding
        self.init(low: low - margin, high: high + margin, start: start, end: end)
    }

    init(low: Double, high: Double, start: Double, end: Double) {
        (self.low, self.high, self.start, self.end) = (low, high, start, end)
    }

    func callAsFunction(_ value: Double) -> Double {
        start + (value - low) / (high - low) * (end - start)
    }

    /// The data value at a page position.
    func value(at position: Double) -> Double {
        low + (position - start) / (end - start) * (high - low)
    }

    /// The distance between ticks: about five of them over the range.
    var step: Double {
        let rough = (high - low) / 5
        let magnitude = pow(10, floor(log10(rough)))
        return [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough * 0.999 } ?? rough
    }

    var ticks: [Double] {
        let step = step
        var ticks: [Double] = []
        var index = (low / step).rounded(.up)
        while index * step <= high + step * 1e-9, ticks.count < 20 {
            let tick = index * step
            ticks.append(abs(tick) < step * 1e-9 ? 0 : tick)
            index += 1
        }
        return ticks
    }

    /// A tick's label, with as many decimals as the step needs.
    func label(_ value: Double) -> String {
        let step = step
        if step >= 1e6 || step < 1e-4 { return NumberText.short(value) }
        let decimals = max(0, Int(-floor(log10(step) + 1e-9)))
        return String(format: "%.\(decimals)f", value)
    }
}

/// Numbers as a person reads them on a figure.
enum NumberText {
    /// Up to four significant digits, no trailing zeros: `0.002473`, `12.5`, `1.2e+06`.
    static func short(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        var text = String(format: "%.4g", value)
        if text.contains("."), !text.contains("e") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}
