struct Weights {
    var values: [Double]
    var bias = 0.0
}
var a = Weights(values: [1, 2, 3])
var b = a
b.values[0] = 100
b.bias = -1
print(a)
print(b)
var grid = [[Weights(values: [0])]]
grid[0][0].values.append(7)
print(grid)
func reset(_ w: Weights) -> Weights {
    var copy = w
    copy.values = copy.values.map { _ in 0 }
    return copy
}
print(reset(a), a)
