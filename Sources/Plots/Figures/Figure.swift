/// A figure a lesson shows: its SVG for the page and its text for a
/// terminal, both made when the figure is, from its values alone, so the same
/// values always give the same bytes.
///
/// ```swift
/// let figure = Figure.line([[3, 2, 1.5, 1.2]], title: "Loss")
/// figure.svg.hasPrefix("<svg")   // true
/// ```
public struct Figure: Sendable, Hashable, Codable {
    public var title: String
    /// A complete `<svg>` element; every text in it is escaped.
    public var svg: String
    /// The figure as lines of text for a terminal: braille plots, character grids, sparklines.
    public var text: String

    public init(title: String, svg: String, text: String) {
        self.title = title
        self.svg = svg
        self.text = text
    }
}

/// How an axis maps values: evenly, or by their logarithm (for losses that
/// fall over orders of magnitude).
public enum AxisScale: String, Sendable, Hashable, CaseIterable {
    case linear, log
}

/// The words around a plot: its title and its axes' names.
public struct Labels: Sendable, Hashable {
    public var title: String
    public var x: String
    public var y: String

    public init(title: String = "", x: String = "", y: String = "") {
        self.title = title
        self.x = x
        self.y = y
    }
}
