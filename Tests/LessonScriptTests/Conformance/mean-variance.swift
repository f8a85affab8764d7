let data = [2.0, 4, 4, 4, 5, 5, 7, 9]
let mean = data.reduce(0, +) / Double(data.count)
let variance = data.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(data.count)
print(mean, variance, variance.squareRoot())
let minimum = data.min()!, maximum = data.max()!
let scaled = data.map { ($0 - minimum) / (maximum - minimum) }
print(scaled)
let standardized = data.map { ($0 - mean) / variance.squareRoot() }
print(standardized.map { ($0 * 100).rounded() / 100 })
