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
        let weightT = transpose(weight.scalars, rows: k, columns: patch)
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
            // dW[K, patch] += dY[K, pixels] · colsᵀ[pixels, patch]
            let columnsT = transpose(columns, rows: patch, columns: pixels)
            multiply(g, columnsT, into: &product, m: k, n: patch, k: pixels)
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

    private func transpose(_ matrix: [Float], rows: Int, columns: Int) -> [Float] {
        var out = [Float](repeating: 0, count: rows * columns)
        for i in 0..<rows {
            for j in 0..<columns { out[j * rows + i] = matrix[i * columns + j] }
        }
        return out
    }
}

/// The gradients of pooling: a maximum passes its gradient to the first
/// pixel that reached it; an average shares it equally.
struct PoolingGradient {
    let input: Tensor
    let output: Tensor
    let window: Window

    func maximum(_ g: [Float]) -> [Float] {
        let width = input.shape[3]
        return visit(g) { out, corner, outputIndex in
            let target = output.scalars[outputIndex]
            for i in 0..<window.height {
                for j in 0..<window.width where input.scalars[corner + i * width + j] == target {
                    out[corner + i * width + j] += g[outputIndex]
                    return
                }
            }
        }
    }

    func average(_ g: [Float]) -> [Float] {
        let width = input.shape[3]
        let share = 1 / Float(window.height * window.width)
        return visit(g) { out, corner, outputIndex in
            for i in 0..<window.height {
                for j in 0..<window.width { out[corner + i * width + j] += g[outputIndex] * share }
            }
        }
    }

    /// Calls `body` with each window's top-left input pixel and its output index.
    private func visit(_ g: [Float], _ body: (inout [Float], Int, Int) -> Void) -> [Float] {
        let (h, w) = (input.shape[2], input.shape[3])
        let (oh, ow) = (output.shape[2], output.shape[3])
        var out = [Float](repeating: 0, count: input.count)
        for plane in 0..<(input.shape[0] * input.shape[1]) {
            for y in 0..<oh {
                for x in 0..<ow {
                    body(&out, (plane * h + y * window.strideY) * w + x * window.strideX, (plane * oh + y) * ow + x)
                }
            }
        }
        return out
    }
}
