let rows: [[Double]] = [[1, 200], [2, 300], [3, 250], [4, 150]]
var columns: [[Double]] = [[], []]
for row in rows {
    for (j, value) in row.enumerated() { columns[j].append(value) }
}
let means = columns.map { $0.reduce(0, +) / Double($0.count) }
let ranges = columns.map { $0.max()! - $0.min()! }
print(means, ranges)
let normalized = rows.map { row in row.indices.map { (row[$0] - means[$0]) / ranges[$0] } }
for row in normalized { print(row) }
