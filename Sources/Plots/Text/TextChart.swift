/// A terminal chart: a title, rows of characters with the y range on the
/// left, a baseline, and the x range under it.
///
/// ```
/// Loss
///   2.31 ┤⠉⠢⡀
///        │  ⠈⠑⠢⢄⣀⣀⣀
///   0.01 ┤
///        └──────────
///         0        9
/// ```
enum TextChart {
    static func render(title: String, rows: [String], y: (low: String, high: String), x: (low: String, high: String), footer: [String] = []) -> String {
        let gutter = max(y.low.count, y.high.count)
        let pad = { (text: String) in String(repeating: " ", count: gutter - text.count) + text }
        var lines = title.isEmpty ? [] : [title]
        for (index, row) in rows.enumerated() {
            switch index {
            case 0: lines.append(pad(y.high) + " ┤" + row)
            case rows.count - 1: lines.append(pad(y.low) + " ┤" + row)
            default: lines.append(String(repeating: " ", count: gutter) + " │" + row)
            }
        }
        let width = rows.first?.count ?? 0
        lines.append(String(repeating: " ", count: gutter) + " └" + String(repeating: "─", count: width))
        let gap = max(1, width - x.low.count - x.high.count)
        lines.append(String(repeating: " ", count: gutter + 2) + x.low + String(repeating: " ", count: gap) + x.high)
        return (lines + footer).joined(separator: "\n")
    }
}
