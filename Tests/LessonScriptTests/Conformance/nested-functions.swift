func sumOfSquares(_ xs: [Int]) -> Int {
    func square(_ x: Int) -> Int { x * x }
    var total = 0
    for x in xs { total += square(x) }
    return total
}
print(sumOfSquares([1, 2, 3]))
func counter() -> () -> Int {
    var count = 0
    func next() -> Int {
        count += 1
        return count
    }
    return next
}
let c = counter()
print(c(), c(), c())
func fact(_ n: Int) -> Int {
    func go(_ k: Int, accumulator acc: Int = 1) -> Int {
        k <= 1 ? acc : go(k - 1, accumulator: acc * k)
    }
    return go(n)
}
print(fact(10))
func apply(_ xs: [Double]) -> [Double] {
    func relu(_ x: Double) -> Double { max(0, x) }
    return xs.map(relu)
}
print(apply([-1, 2, -3, 4]))
if true {
    func hello(name: String) { print("hello, \(name)") }
    hello(name: "you")
}
