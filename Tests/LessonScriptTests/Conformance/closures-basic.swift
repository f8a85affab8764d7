let square = { (x: Double) -> Double in x * x }
let add: (Int, Int) -> Int = { a, b in a + b }
let twice: (Int) -> Int = { $0 * 2 }
print(square(3), add(2, 5), twice(21))
func apply(_ f: (Double) -> Double, to x: Double) -> Double { f(x) }
print(apply(square, to: 4), apply({ $0 + 1 }, to: 1))
print(apply(to: 2) { value in value * 10 })
func apply(to x: Double, _ f: (Double) -> Double) -> Double { f(x) }
func cube(_ x: Double) -> Double { x * x * x }
let f = cube
print(f(2), apply(cube, to: 3))
