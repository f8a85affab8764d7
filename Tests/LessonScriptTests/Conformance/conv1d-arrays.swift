func conv1d(_ x: [Double], _ kernel: [Double], stride: Int = 1) -> [Double] {
    var out: [Double] = []
    var i = 0
    while i + kernel.count <= x.count {
        var s = 0.0
        for k in 0..<kernel.count { s += x[i + k] * kernel[k] }
        out.append(s)
        i += stride
    }
    return out
}
func maxPool(_ x: [Double], size: Int) -> [Double] {
    stride(from: 0, to: x.count - size + 1, by: size).map { start in
        var m = x[start]
        for k in start..<start + size { m = max(m, x[k]) }
        return m
    }
}
let signal: [Double] = [0, 1, 2, 3, 2, 1, 0, 1]
print(conv1d(signal, [1, 0, -1]))
print(conv1d(signal, [0.5, 0.5], stride: 2))
print(maxPool(signal, size: 2))
