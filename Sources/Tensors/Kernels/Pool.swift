/// Pooling kernels over planes of [H, W] pixels, and their adjoints. A
/// window's top-left pixel in plane p at output (oy, ox) is
/// (p·H + oy·SY)·W + ox·SX.
enum Pool {
    static func maximum(_ input: UnsafePointer<Float>, into out: UnsafeMutablePointer<Float>, planes: Int, height: Int, width: Int, window: Window) {
        var index = 0
        forEachWindow(planes: planes, height: height, width: width, window: window) { corner in
            var value = -Float.infinity
            for i in 0..<window.height {
                for j in 0..<window.width { value = Swift.max(value, input[corner + i * width + j]) }
            }
            out[index] = value
            index += 1
        }
    }

    static func average(_ input: UnsafePointer<Float>, into out: UnsafeMutablePointer<Float>, planes: Int, height: Int, width: Int, window: Window) {
        let share = 1 / Float(window.height * window.width)
        var index = 0
        forEachWindow(planes: planes, height: height, width: width, window: window) { corner in
            var total: Float = 0
            for i in 0..<window.height {
                for j in 0..<window.width { total += input[corner + i * width + j] }
            }
            out[index] = total * share
            index += 1
        }
    }

    /// Each window's gradient goes to the first pixel that equals the window's maximum.
    static func maximumAdjoint(
        _ g: UnsafePointer<Float>, input: UnsafePointer<Float>, output: UnsafePointer<Float>,
        into out: UnsafeMutablePointer<Float>, planes: Int, height: Int, width: Int, window: Window
    ) {
        var index = 0
        forEachWindow(planes: planes, height: height, width: width, window: window) { corner in
            defer { index += 1 }
            for i in 0..<window.height {
                for j in 0..<window.width where input[corner + i * width + j] == output[index] {
                    out[corner + i * width + j] += g[index]
                    return
                }
            }
        }
    }

    /// Each window's gradient is shared equally by its pixels.
    static func averageAdjoint(
        _ g: UnsafePointer<Float>, into out: UnsafeMutablePointer<Float>, planes: Int, height: Int, width: Int, window: Window
    ) {
        let share = 1 / Float(window.height * window.width)
        var index = 0
        forEachWindow(planes: planes, height: height, width: width, window: window) { corner in
            for i in 0..<window.height {
                for j in 0..<window.width { out[corner + i * width + j] += g[index] * share }
            }
            index += 1
        }
    }

    /// Calls `body` with the top-left input pixel of each window, in output order.
    @inline(__always)
    private static func forEachWindow(planes: Int, height: Int, width: Int, window: Window, _ body: (Int) -> Void) {
        let (oh, ow) = window.outputSize(height: height, width: width)
        for plane in 0..<planes {
            for oy in 0..<oh {
                let rowStart = (plane * height + oy * window.strideY) * width
                for ox in 0..<ow { body(rowStart + ox * window.strideX) }
            }
        }
    }
}
