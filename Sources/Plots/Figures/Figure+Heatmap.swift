extension Figure {
    /// A matrix as coloured cells (filters, attention weights, confusion
    /// matrices) with a colour scale from its least to its greatest value.
    /// Rows and columns are named by `rowNames` and `columnNames`, or
    /// numbered; small matrices show their values in the cells. On a
    /// terminal: shaded characters.
    public static func heatmap(_ rows: [[Double]], rowNames: [String] = [], columnNames: [String] = [], labels: Labels = Labels()) -> Figure {
        let layout = HeatmapLayout(rows: rows, rowNames: rowNames, columnNames: columnNames, labels: labels)
        return Figure(title: labels.title, svg: layout.svg, text: layout.text)
    }
}

/// Where a heatmap's cells, names and colour scale go: cells are square,
/// as large as fits in 480 points across and 420 down.
private struct HeatmapLayout {
    let rows: [[Double]]
    let rowNames: [String], columnNames: [String]
    let labels: Labels
    let columnCount: Int
    let low: Double, high: Double
    let cell: Double
    let left: Double, top: Double
    /// Whether column names are turned to fit under narrow cells.
    let turnsColumnNames: Bool
    /// Every how many rows and columns a name is written, so names never overlap.
    let rowNameStep: Int, columnNameStep: Int

    init(rows: [[Double]], rowNames: [String], columnNames: [String], labels: Labels) {
        self.rows = rows
        self.labels = labels
        columnCount = rows.map(\.count).max() ?? 0
        self.rowNames = rowNames.count >= rows.count ? rowNames : (0..<rows.count).map(String.init)
        self.columnNames = columnNames.count >= columnCount ? columnNames : (0..<columnCount).map(String.init)
        let values = rows.flatMap { $0 }.filter(\.isFinite)
        low = values.min() ?? 0
        high = values.max() ?? 1
        let longestRowName = Double(self.rowNames.prefix(rows.count).map(\.count).max() ?? 1)
        left = (labels.y.isEmpty ? 8 : 26) + longestRowName * 7 + 6
        top = labels.title.isEmpty ? 10 : 34
        // The colour scale takes its bar and its longer end label.
        let scaleWidth = 32 + 7 * Double(max(NumberText.short(low).count, NumberText.short(high).count))
        let across = (480 - left - scaleWidth) / Double(max(columnCount, 1)), down = 420 / Double(max(rows.count, 1))
        cell = min(across, down, 44)
        let longestColumnName = Double(self.columnNames.prefix(columnCount).map(\.count).max() ?? 1)
        turnsColumnNames = longestColumnName * 7 > cell
        let lineHeight = 13.0
        rowNameStep = Int((lineHeight / cell).rounded(.up))
        columnNameStep = turnsColumnNames ? Int((lineHeight / cell).rounded(.up)) : 1
    }

    func fraction(_ value: Double) -> Double {
        high > low ? (value - low) / (high - low) : 0.5
    }

    /// Whether the cells are large enough, and few enough, to print their values
    /// in: counts (a confusion matrix) up to 12×12, other numbers up to 6×6.
    var showsValues: Bool {
        let cells = rows.count * columnCount
        let areCounts = rows.allSatisfy { $0.allSatisfy { $0 == $0.rounded() } }
        return cell >= 30 && cells <= (areCounts ? 144 : 36)
    }

    var svg: String {
        let gridBottom = top + Double(rows.count) * cell
        let longestColumnName = Double(columnNames.prefix(columnCount).map(\.count).max() ?? 1)
        let namesDepth = turnsColumnNames ? longestColumnName * 5.2 + 14 : 18
        let height = gridBottom + namesDepth + (labels.x.isEmpty ? 6 : 22)
        var svg = SVGDocument(width: 480, height: height)
        for (row, values) in rows.enumerated() {
            for (column, value) in values.enumerated() {
                let x = left + Double(column) * cell, y = top + Double(row) * cell
                svg.add("rect", ["x": .number(x), "y": .number(y), "width": .number(cell), "height": .number(cell),
                                 "fill": .string(value.isFinite ? Palette.viridis(fraction(value)) : "none")])
                if showsValues {
                    svg.add("text", ["x": .number(x + cell / 2), "y": .number(y + cell / 2), "text-anchor": "middle", "dominant-baseline": "middle",
                                     "font-size": 11, "fill": .string(Palette.wantsDarkText(fraction(value)) ? "#111" : "#fff")],
                            text: NumberText.short((value * 100).rounded() / 100))
                }
            }
        }
        svg.group(["text-anchor": "end", "dominant-baseline": "middle"]) { names in
            for row in stride(from: 0, to: rows.count, by: rowNameStep) {
                names.add("text", ["x": .number(left - 6), "y": .number(top + (Double(row) + 0.5) * cell)], text: rowNames[row])
            }
        }
        for column in stride(from: 0, to: columnCount, by: columnNameStep) {
            let x = left + (Double(column) + 0.5) * cell
            if turnsColumnNames {
                svg.add("text", ["x": .number(x), "y": .number(gridBottom + 10), "text-anchor": "end", "dominant-baseline": "middle",
                                 "transform": .string("rotate(-60 \(SVGValue.format(x)) \(SVGValue.format(gridBottom + 10)))")], text: columnNames[column])
            } else {
                svg.add("text", ["x": .number(x), "y": .number(gridBottom + 14), "text-anchor": "middle"], text: columnNames[column])
            }
        }
        drawScale(in: &svg, bottom: gridBottom)
        PlotFrame(labels, width: 480, height: height).drawNames(in: &svg)
        return svg.rendered(title: labels.title)
    }

    /// A bar of ten colours beside the cells, least value at the bottom, with both ends labelled.
    private func drawScale(in svg: inout SVGDocument, bottom: Double) {
        let barLeft = left + Double(columnCount) * cell + 14, barHeight = bottom - top
        for step in 0..<10 {
            svg.add("rect", ["x": .number(barLeft), "y": .number(top + barHeight * Double(9 - step) / 10), "width": 12,
                             "height": .number(barHeight / 10 + 0.5), "fill": .string(Palette.viridis((Double(step) + 0.5) / 10))])
        }
        svg.add("text", ["x": .number(barLeft + 16), "y": .number(top + 6), "dominant-baseline": "middle"], text: NumberText.short(high))
        svg.add("text", ["x": .number(barLeft + 16), "y": .number(bottom - 6), "dominant-baseline": "middle"], text: NumberText.short(low))
    }

    var text: String {
        let shades = Array(" ░▒▓█")
        let gutter = rowNames.prefix(rows.count).map(\.count).max() ?? 0
        let lines = rows.enumerated().map { row, values in
            let name = rowNames[row]
            let cells = values.map { value -> String in
                guard value.isFinite else { return "??" }
                let shade = shades[min(shades.count - 1, Int(fraction(value) * Double(shades.count - 1) + 0.5))]
                return String(repeating: shade, count: 2)
            }
            return String(repeating: " ", count: gutter - name.count) + name + " " + cells.joined()
        }
        let scale = "\(NumberText.short(low)) ░▒▓█ \(NumberText.short(high))"
        return ([labels.title].filter { !$0.isEmpty } + lines + [scale]).joined(separator: "\n")
    }
}
