func walk(_ n: Int, _ f: (Int) -> Int) -> Int { n == 0 ? f(0) : walk(n - 1, f) + f(n) }
func makers() -> [() -> Int] { (0..<3).map { (i: Int) -> () -> Int in { walk(i) { $0 * 2 } } } }
print(makers().map { $0() })
let pairs = [[1, 2], [3, 4]].map { row in row.map { $0 * 10 } }
print(pairs)
let sums = [[1, 2], [3]].map { $0.reduce(0) { $0 + $1 } }
print(sums)
