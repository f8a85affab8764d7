/// The points where a 2-D classifier is asked for its class, to shade the
/// plane by its answers: the centres of a square grid of cells over the
/// data, with a margin around it.
public struct RegionGrid: Sendable, Hashable {
    /// Cell centres across, left to right.
    public let xs: [Double]
    /// Cell centres down, top (greatest y) to bottom.
    public let ys: [Double]
    let x: (low: Double, high: Double)
    let y: (low: Double, high: Double)

    public init(covering points: [(x: Double, y: Double)], resolution: Int = 60) {
        let finite = points.filter { $0.x.isFinite && $0.y.isFinite }
        func range(_ values: [Double]) -> (low: Double, high: Double) {
            var low = values.min() ?? 0, high = values.max() ?? 1
            if low == high { (low, high) = (low - 1, high + 1) }
            let margin = (high - low) * 0.12
            return (low - margin, high + margin)
        }
        x = range(finite.map(\.x))
        y = range(finite.map(\.y))
        let count = max(resolution, 2)
        let step = { (range: (low: Double, high: Double)) in (range.high - range.low) / Double(count) }
        xs = (0..<count).map { [x] in x.low + (Double($0) + 0.5) * step(x) }
        ys = (0..<count).map { [y] in y.high - (Double($0) + 0.5) * step(y) }
    }

    /// Every cell centre, row by row from the top.
    public var centres: [(x: Double, y: Double)] {
        ys.flatMap { y in xs.map { (x: $0, y: y) } }
    }

    public static func == (lhs: RegionGrid, rhs: RegionGrid) -> Bool { lhs.xs == rhs.xs && lhs.ys == rhs.ys }
    public func hash(into hasher: inout Hasher) { hasher.combine(xs); hasher.combine(ys) }
}

extension Figure {
    /// A classifier's decision regions: the plane shaded by the class it
    /// gives each cell of `grid` (`regions`, row by row as `grid.centres`),
    /// with the data points over it in their own classes' colours. On a
    /// terminal: shading per class under the points' class digits.
    public static func decisionRegions(
        _ grid: RegionGrid, regions: [Int], points: [(x: Double, y: Double)], classes: [Int], labels: Labels = Labels()
    ) -> Figure {
        let frame = PlotFrame(labels, height: 380, hasLegend: true)
        let x = Scale(low: grid.x.low, high: grid.x.high, start: frame.left, end: frame.right)
        let y = Scale(low: grid.y.low, high: grid.y.high, start: frame.bottom, end: frame.top)
        var svg = frame.document
        let columns = grid.xs.count
        let cellWidth = (frame.right - frame.left) / Double(columns), cellHeight = (frame.bottom - frame.top) / Double(grid.ys.count)
        // Runs of one class along a row become one rectangle: a smooth boundary takes a few per row.
        svg.group(["fill-opacity": 0.2]) { shading in
            for row in grid.ys.indices {
                var start = 0
                for column in 1...columns where column == columns || regions[row * columns + column] != regions[row * columns + start] {
                    shading.add("rect", ["x": .number(frame.left + Double(start) * cellWidth), "y": .number(frame.top + Double(row) * cellHeight),
                                         "width": .number(Double(column - start) * cellWidth + 0.3), "height": .number(cellHeight + 0.3),
                                         "fill": .string(Palette.colour(regions[row * columns + start]))])
                    start = column
                }
            }
        }
        frame.drawAxes(x: x, y: y, in: &svg)
        PointMarks.draw(points, classes: classes, x: x, y: y, in: &svg)
        frame.drawLegend(PointMarks.legend(classes + regions), marker: .dot, in: &svg)

        let shades: [Character] = ["·", "░", "▒", "▓", "▚", "▞"]
        var text = CharacterGrid(columns: 60, rows: 20, fill: " ")
        for row in 0..<text.rows {
            for column in 0..<text.columns {
                let region = regions[(row * grid.ys.count / text.rows) * columns + column * columns / text.columns]
                text[row, column] = shades[((region % shades.count) + shades.count) % shades.count]
            }
        }
        PointMarks.place(points, classes: classes, on: &text, x: x, y: y, frame: frame)
        let chart = TextChart.render(title: labels.title, rows: text.lines, y: (NumberText.short(y.low), NumberText.short(y.high)),
                                     x: (NumberText.short(x.low), NumberText.short(x.high)),
                                     footer: ["regions: " + Set(regions).sorted().map { "\(shades[(($0 % shades.count) + shades.count) % shades.count]) class \($0)" }.joined(separator: ", ")])
        return Figure(title: labels.title, svg: svg.rendered(title: labels.title), text: chart)
    }
}
