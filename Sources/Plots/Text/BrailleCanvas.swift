/// A drawing surface of braille characters: each character holds a grid of
/// 2 × 4 dots, so a terminal line plot is four times finer than its rows.
struct BrailleCanvas {
    let columns: Int, rows: Int
    private var cells: [UInt8]

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        cells = Array(repeating: 0, count: columns * rows)
    }

    /// Dots across and down.
    var width: Int { columns * 2 }
    var height: Int { rows * 4 }

    /// The bit of each dot in a braille cell (Unicode's numbering: dots 1–3 and 7 down the left, 4–6 and 8 down the right).
    private static let bits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// Sets the dot at `x` across and `y` down, both from 0; dots outside are ignored.
    mutating func set(_ x: Int, _ y: Int) {
        guard (0..<width).contains(x), (0..<height).contains(y) else { return }
        cells[(y / 4) * columns + x / 2] |= Self.bits[x % 2][y % 4]
    }

    /// Sets the dots of the straight line between two dots.
    mutating func line(from start: (x: Int, y: Int), to end: (x: Int, y: Int)) {
        let steps = max(abs(end.x - start.x), abs(end.y - start.y), 1)
        for step in 0...steps {
            let t = Double(step) / Double(steps)
            set(start.x + Int((Double(end.x - start.x) * t).rounded()), start.y + Int((Double(end.y - start.y) * t).rounded()))
        }
    }

    var lines: [String] {
        (0..<rows).map { row in
            String(String.UnicodeScalarView(cells[row * columns..<(row + 1) * columns].map { Unicode.Scalar(0x2800 + UInt32($0))! }))
        }
    }
}
