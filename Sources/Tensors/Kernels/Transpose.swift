/// Swaps the last two axes of a batch of row-major matrices, in 8×8 tiles
/// so reads and writes both stay within cache lines.
enum Transpose {
    static let tile = 8

    static func lastTwoAxes(
        _ x: UnsafePointer<Float>, into out: UnsafeMutablePointer<Float>, batches: Int, rows: Int, columns: Int
    ) {
        for batch in 0..<batches {
            let source = x + batch * rows * columns, destination = out + batch * rows * columns
            for i0 in stride(from: 0, to: rows, by: tile) {
                for j0 in stride(from: 0, to: columns, by: tile) {
                    for i in i0..<min(i0 + tile, rows) {
                        for j in j0..<min(j0 + tile, columns) { destination[j * rows + i] = source[i * columns + j] }
                    }
                }
            }
        }
    }

    static func lastTwoAxes(_ x: [Float], rows: Int, columns: Int) -> [Float] {
        [Float](unsafeUninitializedCapacity: x.count) { out, initialized in
            x.withUnsafeBufferPointer { x in
                lastTwoAxes(x.baseAddress!, into: out.baseAddress!, batches: x.count / Swift.max(rows * columns, 1), rows: rows, columns: columns)
            }
            initialized = x.count
        }
    }
}
