extension Figure {
    /// How values spread: counts in `bins` equal ranges between the least
    /// and the greatest finite value. On a terminal: columns of blocks.
    public static func histogram(_ values: [Double], bins: Int = 20, labels: Labels = Labels()) -> Figure {
        let finite = values.filter(\.isFinite)
        let binCount = max(bins, 1)
        var low = finite.min() ?? 0, high = finite.max() ?? 1
        if low == high { (low, high) = (low - 0.5, high + 0.5) }
        let width = (high - low) / Double(binCount)
        var counts = Array(repeating: 0, count: binCount)
        for value in finite { counts[min(binCount - 1, Int((value - low) / width))] += 1 }

        let frame = PlotFrame(Labels(title: labels.title, x: labels.x, y: labels.y.isEmpty ? "count" : labels.y))
        let x = Scale(low: low, high: high, start: frame.left, end: frame.right)
        let y = Scale(low: 0, high: Double(max(counts.max() ?? 1, 1)) * 1.08, start: frame.bottom, end: frame.top)
        var svg = frame.document
        frame.drawAxes(x: x, y: y, in: &svg)
        svg.group(["fill": .string(Palette.colour(0)), "stroke": "currentColor", "stroke-opacity": 0.3, "stroke-width": 0.5]) { bars in
            for (bin, count) in counts.enumerated() where count > 0 {
                let left = x(low + Double(bin) * width), right = x(low + Double(bin + 1) * width)
                bars.add("rect", ["x": .number(left), "y": .number(y(Double(count))), "width": .number(right - left),
                                  "height": .number(frame.bottom - y(Double(count)))])
            }
        }

        // Each terminal column is a bin; eight block levels per row.
        let rows = 8, levels = Array(" ▁▂▃▄▅▆▇█")
        let tallest = Double(max(counts.max() ?? 1, 1))
        let lines = (0..<rows).map { row in
            String(counts.map { count -> Character in
                let eighths = Int((Double(count) / tallest * Double(rows * 8)).rounded()) - (rows - 1 - row) * 8
                return levels[min(max(eighths, 0), 8)]
            })
        }
        let text = TextChart.render(title: labels.title, rows: lines, y: ("0", String(counts.max() ?? 0)),
                                    x: (NumberText.short(low), NumberText.short(high)))
        return Figure(title: labels.title, svg: svg.rendered(title: labels.title), text: text)
    }
}
