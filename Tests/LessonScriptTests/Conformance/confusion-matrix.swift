let predicted = [0, 1, 1, 2, 2, 0, 1, 2, 2, 0]
let actual =    [0, 1, 2, 2, 1, 0, 1, 2, 0, 0]
var matrix = Array(repeating: Array(repeating: 0, count: 3), count: 3)
for (p, a) in zip(predicted, actual) { matrix[a][p] += 1 }
for row in matrix { print(row) }
let correct = (0..<3).map { matrix[$0][$0] }.reduce(0, +)
print("accuracy", Double(correct) / Double(actual.count))
for k in 0..<3 {
    let column = matrix.map { $0[k] }.reduce(0, +)
    let precision = column == 0 ? 0 : Double(matrix[k][k]) / Double(column)
    print(k, precision)
}
