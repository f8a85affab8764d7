func describe(_ x: Int) -> String { "Int \(x)" }
func describe(_ x: Double) -> String { "Double \(x)" }
func describe(_ x: String) -> String { "String \(x)" }
func describe(_ x: [Int]) -> String { "Array of \(x.count)" }
print(describe(3), describe(3.0), describe("3"), describe([3, 3]))
let n = 2
print(describe(n), describe(Double(n)))
func area(radius r: Double) -> Double { Double.pi * r * r }
func area(width: Double, height: Double) -> Double { width * height }
print(area(radius: 1), area(width: 2, height: 3))
