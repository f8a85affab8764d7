import Foundation

/// A map from data values to positions on the page, linear or logarithmic,
/// with tick values at round numbers (multiples of 1, 2 or 5 times a power
/// of ten; on a log scale, the powers of ten themselves).
struct Scale {
    /// The data range shown.
    let low: Double, high: Double
    /// Where `low` and `high` land on the page.
    let start: Double, end: Double
    let kind: AxisScale

    /// Covers the finite `values` (on a log scale, the positive ones), widened
    /// by `padding` of their span on each side so no mark sits on the frame;
    /// equal values get a unit of room (a factor of ten on a log scale).
    init(covering values: [Double], from start: Double, to end: Double, padding: Double = 0.04, kind: AxisScale = .linear) {
        let shown = kind == .log ? values.filter { $0.isFinite && $0 > 0 }.map(log10) : values.filter(\.isFinite)
        var low = shown.min() ?? 0, high = shown.max() ?? 1
        if low == high { (low, high) = (low - 1, high + 1) }
        let margin = (high - low) * padding
        (low, high) = (low - margin, high + margin)
        self.init(low: kind == .log ? pow(10, low) : low, high: kind == .log ? pow(10, high) : high, start: start, end: end, kind: kind)
    }

    init(low: Double, high: Double, start: Double, end: Double, kind: AxisScale = .linear) {
        (self.low, self.high, self.start, self.end, self.kind) = (low, high, start, end, kind)
    }

    /// A value's position; on a log scale a value that is not positive has none (it is not finite).
    func callAsFunction(_ value: Double) -> Double {
        guard kind == .log else { return start + (value - low) / (high - low) * (end - start) }
        guard value > 0 else { return .nan }
        return start + (log10(value) - log10(low)) / (log10(high) - log10(low)) * (end - start)
    }

    /// The distance between ticks on a linear scale: about five of them over the range.
    var step: Double {
        let rough = (high - low) / 5
        let magnitude = pow(10, floor(log10(rough)))
        return [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough * 0.999 } ?? rough
    }

    var ticks: [Double] {
        if kind == .log {
            let decades = Int(log10(low).rounded(.up))...Swift.max(Int(log10(low).rounded(.up)), Int(log10(high).rounded(.down)))
            // Over less than two decades, 2 and 5 times each power help the eye.
            let multiples: [Double] = decades.count < 3 ? [1, 2, 5] : [1]
            return (decades.lowerBound - 1...decades.upperBound).flatMap { exponent in multiples.map { $0 * pow(10, Double(exponent)) } }
                .filter { $0 >= low * 0.999 && $0 <= high * 1.001 }
        }
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
        if kind == .log { return NumberText.short(value) }
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
