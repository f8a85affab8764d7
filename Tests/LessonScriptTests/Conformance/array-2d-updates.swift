var board = Array(repeating: Array(repeating: ".", count: 4), count: 3)
board[0][0] = "X"
board[2][3] = "O"
board[1][2] = "X"
for row in board { print(row.joined()) }
var counts = Array(repeating: 0, count: 3)
for (r, row) in board.enumerated() {
    for cell in row where cell != "." { counts[r] += 1 }
}
print(counts)
var copy = board
copy[0][0] = "?"
print(board[0][0], copy[0][0])
