/// The gradients of a convolution, image by image through the same columns
/// as the forward pass: dW = Σ dY·colsᵀ and dX = fold(Wᵀ·dY).
struct ConvolutionGradient {
    let input: Tensor
    let weight: Tensor
    let window: Window
    let gradient: [Float]

    var inputGradients: [[Float]] {
        let (n, c, h, w) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        let k = weight.shape[0]
        let (oh, ow) = window.outputSize(height: h, width: w)
        let patch = c * window.height * window.width, pixels = oh * ow
        let weightT = Transpose.lastTwoAxes(weight.scalars, rows: k, columns: patch)
        var gradInput = [Float](repeating: 0, count: input.count)
        var gradWeight = [Float](repeating: 0, count: weight.count)
        var columns = [Float](repeating: 0, count: patch * pixels)
        var product = [Float](repeating: 0, count: Swift.max(patch * pixels, k * patch))
        for image in 0..<n {
            let g = Array(gradient[(image * k * pixels)..<((image + 1) * k * pixels)])
            input.scalars.withUnsafeBufferPointer { x in
                columns.withUnsafeMutableBufferPointer { cols in
                    Im2Col.unfold(x.baseAddress! + image * c * h * w, channels: c, height: h, width: w, window: window, into: cols.baseAddress!)
                }
            }
            // dW[K, patch] += dY[K, pixels] · colsᵀ: dot products of contiguous rows.
            g.withUnsafeBufferPointer { g in
                columns.withUnsafeBufferPointer { cols in
                    product.withUnsafeMutableBufferPointer { p in
                        Gemm.multiplyTransposed(g.baseAddress!, cols.baseAddress!, p.baseAddress!, m: k, n: patch, k: pixels)
                    }
                }
            }
            for i in 0..<(k * patch) { gradWeight[i] += product[i] }
            // dcols[patch, pixels] = Wᵀ[patch, K] · dY[K, pixels], folded back onto the image.
            multiply(weightT, g, into: &product, m: patch, n: pixels, k: k)
            product.withUnsafeBufferPointer { dcols in
                gradInput.withUnsafeMutableBufferPointer { dx in
                    Im2Col.fold(dcols.baseAddress!, channels: c, height: h, width: w, window: window, into: dx.baseAddress! + image * c * h * w)
                }
            }
        }
        return [gradInput, gradWeight]
    }

    private func multiply(_ a: [Float], _ b: [Float], into c: inout [Float], m: Int, n: Int, k: Int) {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                c.withUnsafeMutableBufferPointer { c in
                    Gemm.multiply(a.baseAddress!, b.baseAddress!, c.baseAddress!, m: m, n: n, k: k)
                }
            }
        }
    }

}
