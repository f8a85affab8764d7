extension Figure {
    /// Series drawn as lines over shared x values (their index when `x` is
    /// empty), with a legend when they have names. A value that is not
    /// finite breaks its line. On a terminal: a braille plot.
    ///
    /// ```swift
    /// Figure.line([[0.7, 0.4, 0.2, 0.1]], labels: Labels(title: "Loss", x: "epoch"))
    /// ```
    public static func line(_ series: [[Double]], x: [Double] = [], names: [String] = [], labels: Labels = Labels(),
                            yScale scaleKind: AxisScale = .linear) -> Figure {
        let longest = series.map(\.count).max() ?? 0
        let xs = (0..<longest).map { $0 < x.count ? x[$0] : Double($0) }
        let frame = PlotFrame(labels, hasLegend: !names.isEmpty)
        let xScale = frame.xScale(covering: xs, padding: 0.02), yScale = frame.yScale(covering: series.flatMap { $0 }, kind: scaleKind)
        var svg = frame.document
        frame.drawAxes(x: xScale, y: yScale, in: &svg)
        for (index, values) in series.enumerated() {
            var path = "", isDrawing = false
            for step in LineDecimation.kept(values) {
                let value = values[step]
                guard yScale(value).isFinite, xs[step].isFinite else {
                    isDrawing = false
                    continue
                }
                path += (path.isEmpty ? "" : " ") + (isDrawing ? "L" : "M") + SVGValue.format(xScale(xs[step])) + " " + SVGValue.format(yScale(value))
                isDrawing = true
            }
            svg.add("path", ["d": .string(path), "fill": "none", "stroke": .string(Palette.colour(index)), "stroke-width": 2,
                             "stroke-linejoin": "round", "stroke-linecap": "round"])
        }
        let named = names.prefix(series.count).enumerated().map { (name: $0.element, colour: Palette.colour($0.offset)) }
        frame.drawLegend(named, marker: .line, in: &svg)
        return Figure(title: labels.title, svg: svg.rendered(title: labels.title), text: lineText(series, xs: xs, names: names, labels: labels, kind: scaleKind))
    }

    private static func lineText(_ series: [[Double]], xs: [Double], names: [String], labels: Labels, kind: AxisScale) -> String {
        var canvas = BrailleCanvas(columns: 60, rows: 10)
        let xScale = Scale(covering: xs, from: 0, to: Double(canvas.width - 1), padding: 0)
        let yScale = Scale(covering: series.flatMap { $0 }, from: Double(canvas.height - 1), to: 0, padding: 0, kind: kind)
        for values in series {
            var previous: (x: Int, y: Int)?
            for (step, value) in values.enumerated() {
                guard yScale(value).isFinite, xs[step].isFinite else {
                    previous = nil
                    continue
                }
                let dot = (x: Int(xScale(xs[step]).rounded()), y: Int(yScale(value).rounded()))
                if let previous { canvas.line(from: previous, to: dot) } else { canvas.set(dot.x, dot.y) }
                previous = dot
            }
        }
        // Overlaid braille cannot tell series apart; a sparkline each, under their names, can.
        let width = names.prefix(series.count).map(\.count).max() ?? 0
        let footer = zip(names, series).map { name, values in
            let finite = values.filter(\.isFinite)
            let padded = name + String(repeating: " ", count: width - name.count)
            guard let first = finite.first, let last = finite.last else { return padded }
            return "\(padded) \(Sparkline(Self.averaged(values, into: 24)).text) \(NumberText.short(first)) → \(NumberText.short(last))"
        }
        return TextChart.render(
            title: labels.title, rows: canvas.lines,
            y: (NumberText.short(yScale.low), NumberText.short(yScale.high)),
            x: (NumberText.short(xScale.low), NumberText.short(xScale.high)),
            footer: footer
        )
    }
}

extension Figure {
    /// A series shortened to at most `count` values, each the mean of its run (non-finite values skipped).
    static func averaged(_ values: [Double], into count: Int) -> [Double] {
        guard values.count > count else { return values }
        return (0..<count).map { run in
            let finite = values[(run * values.count / count)..<((run + 1) * values.count / count)].filter(\.isFinite)
            return finite.isEmpty ? .nan : finite.reduce(0, +) / Double(finite.count)
        }
    }
}

/// Which points of a long series a line needs: all of a short one; of a
/// long one, the first, lowest, highest and last of each of 200 runs, so
/// the drawn shape keeps its spikes while the SVG stays small.
enum LineDecimation {
    static let limit = 800

    static func kept(_ values: [Double]) -> [Int] {
        guard values.count > limit else { return Array(values.indices) }
        let runs = 200
        var kept: [Int] = []
        for run in 0..<runs {
            let range = (run * values.count / runs)..<((run + 1) * values.count / runs)
            let finite = range.filter { values[$0].isFinite }
            // A run with a gap keeps every point, so the line breaks where it should.
            guard finite.count == range.count, let low = finite.min(by: { values[$0] < values[$1] }),
                  let high = finite.max(by: { values[$0] < values[$1] })
            else {
                kept += range
                continue
            }
            kept += Set([range.lowerBound, low, high, range.upperBound - 1]).sorted()
        }
        return kept
    }
}
