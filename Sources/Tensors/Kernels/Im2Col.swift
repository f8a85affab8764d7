/// Unfolds image patches into columns so a convolution becomes one matrix
/// product: for one image [C, H, W], the result is [C·FH·FW, OH·OW], row
/// (c, i, j) holding input pixel (c, y·S + i − P, x·S + j − P) for each output (y, x).
enum Im2Col {
    static func unfold(
        _ image: UnsafePointer<Float>, channels: Int, height: Int, width: Int,
        window: Window, into columns: UnsafeMutablePointer<Float>
    ) {
        let (outHeight, outWidth) = window.outputSize(height: height, width: width)
        var row = 0
        for c in 0..<channels {
            for i in 0..<window.height {
                for j in 0..<window.width {
                    let destination = columns + row * outHeight * outWidth
                    for y in 0..<outHeight {
                        let sourceY = y * window.strideY + i - window.padY
                        for x in 0..<outWidth {
                            let sourceX = x * window.strideX + j - window.padX
                            let inside = sourceY >= 0 && sourceY < height && sourceX >= 0 && sourceX < width
                            destination[y * outWidth + x] = inside ? image[(c * height + sourceY) * width + sourceX] : 0
                        }
                    }
                    row += 1
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
        var row = 0
        for c in 0..<channels {
            for i in 0..<window.height {
                for j in 0..<window.width {
                    let source = columns + row * outHeight * outWidth
                    for y in 0..<outHeight {
                        let sourceY = y * window.strideY + i - window.padY
                        guard sourceY >= 0, sourceY < height else { continue }
                        for x in 0..<outWidth {
                            let sourceX = x * window.strideX + j - window.padX
                            if sourceX >= 0, sourceX < width {
                                image[(c * height + sourceY) * width + sourceX] += source[y * outWidth + x]
                            }
                        }
                    }
                    row += 1
                }
            }
        }
    }
}
