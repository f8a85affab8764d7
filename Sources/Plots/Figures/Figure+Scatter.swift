extension Figure {
    /// Points in the plane, coloured by class when each has one, with a
    /// legend of the classes. On a terminal: a grid with each point's class
    /// digit (or `•`).
    ///
    /// ```swift
    /// Figure.scatter([(0, 0), (1, 1)], classes: [0, 1], labels: Labels(title: "Two points"))
    /// ```
    public static func scatter(_ points: [(x: Double, y: Double)], classes: [Int] = [], labels: Labels = Labels()) -> Figure {
        let frame = PlotFrame(labels, hasLegend: !classes.isEmpty)
        let x = frame.xScale(covering: points.map(\.x), padding: 0.06), y = frame.yScale(covering: points.map(\.y), padding: 0.06)
        var svg = frame.document
        frame.drawAxes(x: x, y: y, in: &svg)
        PointMarks.draw(points, classes: classes, x: x, y: y, in: &svg)
        frame.drawLegend(PointMarks.legend(classes), marker: .dot, in: &svg)
        var grid = CharacterGrid(columns: 60, rows: 15, fill: " ")
        PointMarks.place(points, classes: classes, on: &grid, x: x, y: y, frame: frame)
        let text = TextChart.render(title: labels.title, rows: grid.lines, y: (NumberText.short(y.low), NumberText.short(y.high)),
                                    x: (NumberText.short(x.low), NumberText.short(x.high)))
        return Figure(title: labels.title, svg: svg.rendered(title: labels.title), text: text)
    }
}

/// Points as a scatter plot and a decision-region plot draw them.
enum PointMarks {
    static func draw(_ points: [(x: Double, y: Double)], classes: [Int], x: Scale, y: Scale, in svg: inout SVGDocument) {
        svg.group(["stroke": "currentColor", "stroke-opacity": 0.45, "stroke-width": 0.6]) { marks in
            for (index, point) in points.enumerated() where point.x.isFinite && point.y.isFinite {
                let kind = index < classes.count ? classes[index] : 0
                marks.add("circle", ["cx": .number(x(point.x)), "cy": .number(y(point.y)), "r": 3.5, "fill": .string(Palette.colour(kind))])
            }
        }
    }

    /// "class 0", "class 1", … for the classes present, in order.
    static func legend(_ classes: [Int]) -> [(name: String, colour: String)] {
        Set(classes).sorted().prefix(10).map { (name: "class \($0)", colour: Palette.colour($0)) }
    }

    /// Each point's class digit (or `•`) at its place on a character grid
    /// that stands for the frame's plot area.
    static func place(_ points: [(x: Double, y: Double)], classes: [Int], on grid: inout CharacterGrid, x: Scale, y: Scale, frame: PlotFrame) {
        for (index, point) in points.enumerated() where point.x.isFinite && point.y.isFinite {
            let column = Int((x(point.x) - frame.left) / (frame.right - frame.left) * Double(grid.columns))
            let row = Int((y(point.y) - frame.top) / (frame.bottom - frame.top) * Double(grid.rows))
            let kind = index < classes.count ? classes[index] : -1
            grid[row, column] = (0...9).contains(kind) ? Character(String(kind)) : "•"
        }
    }
}

/// A rectangle of characters for terminal figures.
struct CharacterGrid {
    let columns: Int, rows: Int
    private var cells: [Character]

    init(columns: Int, rows: Int, fill: Character) {
        self.columns = columns
        self.rows = rows
        cells = Array(repeating: fill, count: columns * rows)
    }

    /// A cell; positions outside the grid are clamped to its edge.
    subscript(row: Int, column: Int) -> Character {
        get { cells[min(max(row, 0), rows - 1) * columns + min(max(column, 0), columns - 1)] }
        set { cells[min(max(row, 0), rows - 1) * columns + min(max(column, 0), columns - 1)] = newValue }
    }

    var lines: [String] {
        (0..<rows).map { String(cells[$0 * columns..<($0 + 1) * columns]) }
    }
}
