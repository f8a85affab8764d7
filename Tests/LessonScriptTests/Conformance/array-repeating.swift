let zeros = Array(repeating: 0.0, count: 3)
let ones = [Int](repeating: 1, count: 4)
var grid = Array(repeating: [0, 0], count: 2)
grid[0][0] = 9
print(zeros, ones, grid)
