/// Unfolds image patches into columns so a convolution becomes one matrix
/// product: for one image [C, H, W], the result is [C·FH·FW, OH·OW], row
/// (c, i, j) holding input pixel (c, y·S + i − P, x·S + j − P) for each output (y, x).
enum Im2Col {
    static func unfold(
        _ image: UnsafePointer<Float>, channels: Int, height: Int, width: Int,
        window: Window, into columns: UnsafeMutablePointer<Float>
    ) {
        let (outHeight, outWidth) = window.outputSize(height: height, width: width)
        var row = columns
        for c in 0..<channels {
            for i in 0..<window.height {
                for j in 0..<window.width {
                    let xs = window.insideColumns(j, width: width, outWidth: outWidth)
                    let offset = j - window.padX
                    for y in 0..<outHeight {
                        // Padding reads as zero; inside the image, a strided copy.
                        row.initialize(repeating: 0, count: outWidth)
                        let sourceY = y * window.strideY + i - window.padY
                        if sourceY >= 0, sourceY < height {
                            let source = image + (c * height + sourceY) * width
                            for x in xs { row[x] = source[x * window.strideX + offset] }
                        }
                        row += outWidth
                    }
                }
            }
        }
    }

    /// The adjoint of `unfold`: adds each column entry back onto its pixel.
    static func fold(
        _ columns: UnsafePointer<Float>, channels: Int, height: Int, width: Int,
        window: Window, into image: UnsafeMutablePointer<Float>
    ) {
        let (outHeight, outWidth) = window.outputSize(height: height, width: width)
        var row = columns
        for c in 0..<channels {
            for i in 0..<window.height {
                for j in 0..<window.width {
                    let xs = window.insideColumns(j, width: width, outWidth: outWidth)
                    let offset = j - window.padX
                    for y in 0..<outHeight {
                        let sourceY = y * window.strideY + i - window.padY
                        if sourceY >= 0, sourceY < height {
                            let target = image + (c * height + sourceY) * width
                            for x in xs { target[x * window.strideX + offset] += row[x] }
                        }
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
