let grid = [
    [1, 0, 1],
    [0, 1, 0],
    [1, 1, 1],
]
func neighbors(_ r: Int, _ c: Int) -> Int {
    var count = 0
    for dr in -1...1 {
        for dc in -1...1 {
            if dr == 0 && dc == 0 { continue }
            let (nr, nc) = (r + dr, c + dc)
            guard nr >= 0, nr < grid.count, nc >= 0, nc < grid[0].count else { continue }
            count += grid[nr][nc]
        }
    }
    return count
}
for r in 0..<3 {
    print((0..<3).map { neighbors(r, $0) })
}
