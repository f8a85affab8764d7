var xs = [10, 20, 30]
print(xs[0], xs[2])
xs[1] = 25
xs[0] += 1
xs[2] *= 2
print(xs)
var grid = [[0, 0], [0, 0]]
grid[1][0] = 5
grid[0][1] += 3
print(grid)
