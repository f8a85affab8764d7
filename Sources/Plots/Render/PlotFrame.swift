/// The layout plots with axes share: a plot area with room around it for
/// the title above, tick labels and axis names beside, and what is drawn
/// around the data (frame, grid lines, ticks).
struct PlotFrame {
    let labels: Labels
    let width: Double, height: Double
    let left: Double, top: Double, right: Double, bottom: Double

    /// `hasLegend` keeps a row free above the plot area for a legend.
    init(_ labels: Labels, width: Double = 480, height: Double = 300, hasLegend: Bool = false, rightMargin: Double = 14) {
        self.labels = labels
        self.width = width
        self.height = height
        left = labels.y.isEmpty ? 52 : 68
        top = (labels.title.isEmpty ? 12 : 34) + (hasLegend ? 20 : 0)
        right = width - rightMargin
        bottom = height - (labels.x.isEmpty ? 30 : 46)
    }

    func xScale(covering values: [Double], padding: Double = 0.04) -> Scale {
        Scale(covering: values, from: left, to: right, padding: padding)
    }

    func yScale(covering values: [Double], padding: Double = 0.04, kind: AxisScale = .linear) -> Scale {
        Scale(covering: values, from: bottom, to: top, padding: padding, kind: kind)
    }

    /// A new document of the frame's size.
    var document: SVGDocument { SVGDocument(width: width, height: height) }

    /// Grid lines, ticks and their labels, the frame, the title and the axis names.
    func drawAxes(x: Scale, y: Scale, in svg: inout SVGDocument) {
        svg.group(["stroke": "currentColor", "stroke-opacity": 0.12]) { grid in
            for tick in x.ticks { grid.add("line", ["x1": .number(x(tick)), "x2": .number(x(tick)), "y1": .number(top), "y2": .number(bottom)]) }
            for tick in y.ticks { grid.add("line", ["x1": .number(left), "x2": .number(right), "y1": .number(y(tick)), "y2": .number(y(tick))]) }
        }
        svg.add("rect", ["x": .number(left), "y": .number(top), "width": .number(right - left), "height": .number(bottom - top),
                         "fill": "none", "stroke": "currentColor", "stroke-opacity": 0.4])
        svg.group(["text-anchor": "middle"]) { labels in
            for tick in x.ticks { labels.add("text", ["x": .number(x(tick)), "y": .number(bottom + 16)], text: x.label(tick)) }
        }
        svg.group(["text-anchor": "end", "dominant-baseline": "middle"]) { labels in
            for tick in y.ticks { labels.add("text", ["x": .number(left - 6), "y": .number(y(tick))], text: y.label(tick)) }
        }
        drawNames(in: &svg)
    }

    /// The title above the plot area and the axis names beside it.
    func drawNames(in svg: inout SVGDocument) {
        if !labels.title.isEmpty {
            svg.add("text", ["x": .number(width / 2), "y": 22, "text-anchor": "middle", "font-size": 14, "font-weight": 600], text: labels.title)
        }
        if !labels.x.isEmpty {
            svg.add("text", ["x": .number((left + right) / 2), "y": .number(height - 8), "text-anchor": "middle"], text: labels.x)
        }
        if !labels.y.isEmpty {
            let middle = (top + bottom) / 2
            svg.add("text", ["x": 16, "y": .number(middle), "text-anchor": "middle", "dominant-baseline": "middle",
                             "transform": .string("rotate(-90 16 \(SVGValue.format(middle)))")], text: labels.y)
        }
    }

    /// A legend of coloured swatches in a row above the plot area (kept free
    /// by `hasLegend`), right-aligned, where it never hides what is plotted.
    func drawLegend(_ entries: [(name: String, colour: String)], marker: LegendMarker, in svg: inout SVGDocument) {
        guard !entries.isEmpty else { return }
        // A generous 7 points a character, and a gap, so names never run into the next swatch.
        let widths = entries.map { 34 + Double($0.name.count) * 7 }
        var x = max(left, right - widths.reduce(0, +))
        let middle = top - 12
        for (entry, width) in zip(entries, widths) {
            switch marker {
            case .line:
                svg.add("line", ["x1": .number(x), "x2": .number(x + 16), "y1": .number(middle), "y2": .number(middle),
                                 "stroke": .string(entry.colour), "stroke-width": 2.5])
            case .dot:
                svg.add("circle", ["cx": .number(x + 8), "cy": .number(middle), "r": 4, "fill": .string(entry.colour)])
            }
            svg.add("text", ["x": .number(x + 20), "y": .number(middle), "dominant-baseline": "middle"], text: entry.name)
            x += width
        }
    }

    enum LegendMarker {
        case line, dot
    }
}
