let image: [[Double]] = [
    [0, 0, 0, 9, 9],
    [0, 0, 0, 9, 9],
    [0, 0, 0, 9, 9],
    [0, 0, 0, 9, 9],
]
let sobel: [[Double]] = [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]
var output: [[Double]] = []
for r in 0...(image.count - 3) {
    var row: [Double] = []
    for c in 0...(image[0].count - 3) {
        var s = 0.0
        for i in 0..<3 {
            for j in 0..<3 { s += image[r + i][c + j] * sobel[i][j] }
        }
        row.append(s)
    }
    output.append(row)
}
print(output)
print(output.count, output[0].count)
