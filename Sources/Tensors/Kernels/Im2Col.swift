/// Unfolds image patches into columns so a convolution becomes one matrix
/// product: for one image [C, H, W], the result is [C·FH·FW, OH·OW], row
/// (c, i, j) holding input pixel (c, y·S + i − P, x·S + j − P) for each output (y, x).
enum Im2Col {
    static func unfold(
        _ image: UnsafePointer<Float>, channels: Int, height: Int, width: Int,
        window: Window, into columns: UnsafeMutablePointer<Float>
    ) {
        forEachColumnRow(channels: channels, height: height, width: width, window: window) { row, pixel, xs in
            // Padding reads as zero; inside the image, a strided copy.
            let destination = columns + row
            destination.initialize(repeating: 0, count: xs.outWidth)
            guard let pixel else { return }
            for x in xs.inside { destination[x] = image[pixel + x * window.strideX] }
        }
    }

    /// The adjoint of `unfold`: adds each column entry back onto its pixel.
    static func fold(
        _ columns: UnsafePointer<Float>, channels: Int, height: Int, width: Int,
        window: Window, into image: UnsafeMutablePointer<Float>
    ) {
        forEachColumnRow(channels: channels, height: height, width: width, window: window) { row, pixel, xs in
            guard let pixel else { return }
            for x in xs.inside { image[pixel + x * window.strideX] += columns[row + x] }
        }
    }

    /// Calls `body` for each row segment of the columns matrix (one output row
    /// y of patch position (c, i, j)) with its offset, the image offset of the
    /// pixel under output x = 0 (nil when the whole segment lies in padding),
    /// and the outputs whose pixels lie inside the image.
    @inline(__always)
    private static func forEachColumnRow(
        channels: Int, height: Int, width: Int, window: Window,
        _ body: (Int, Int?, (inside: Range<Int>, outWidth: Int)) -> Void
    ) {
        let (outHeight, outWidth) = window.outputSize(height: height, width: width)
        var row = 0
        for c in 0..<channels {
            for i in 0..<window.height {
                for j in 0..<window.width {
                    let inside = window.insideColumns(j, width: width, outWidth: outWidth)
                    for y in 0..<outHeight {
                        let sourceY = y * window.strideY + i - window.padY
                        let pixel = sourceY >= 0 && sourceY < height ? (c * height + sourceY) * width + j - window.padX : nil
                        body(row, pixel, (inside, outWidth))
                        row += outWidth
                    }
                }
            }
        }
    }
}

extension Window {
    /// The output columns x whose input column x·S + j − P lies inside the image.
    func insideColumns(_ j: Int, width: Int, outWidth: Int) -> Range<Int> {
        let offset = j - padX
        let first = offset >= 0 ? 0 : (-offset + strideX - 1) / strideX
        let end = width - offset <= 0 ? 0 : (width - offset - 1) / strideX + 1
        return first..<Swift.max(first, Swift.min(outWidth, end))
    }
}
