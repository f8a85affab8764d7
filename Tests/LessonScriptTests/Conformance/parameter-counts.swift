func parameters(_ layers: [Int]) -> Int {
    var total = 0
    for i in 1..<layers.count { total += layers[i - 1] * layers[i] + layers[i] }
    return total
}
print(parameters([3, 4, 2]), parameters([3, 4, 4, 1]), parameters([784, 128, 10]))
func convParameters(filter: Int, depth: Int, filters: Int) -> Int { filter * filter * depth * filters + filters }
print(convParameters(filter: 5, depth: 3, filters: 6))
func outputSize(_ w: Int, filter: Int, padding: Int = 0, stride: Int = 1) -> Int { (w - filter + 2 * padding) / stride + 1 }
print(outputSize(32, filter: 5), outputSize(7, filter: 3, stride: 2), outputSize(5, filter: 3, padding: 1))
for stride in 1...3 {
    print(stride, (0...2).map { outputSize(11, filter: 3, padding: $0, stride: stride) })
}
