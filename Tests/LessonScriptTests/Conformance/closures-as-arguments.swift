func apply(_ f: (Double) -> Double, to xs: [Double]) -> [Double] {
    var result: [Double] = []
    for x in xs { result.append(f(x)) }
    return result
}
func compose(_ f: @escaping (Double) -> Double, _ g: @escaping (Double) -> Double) -> (Double) -> Double {
    { x in g(f(x)) }
}
let square = { (x: Double) in x * x }
let addOne: (Double) -> Double = { $0 + 1 }
print(apply(square, to: [1, 2, 3]))
print(apply(addOne, to: [1, 2, 3]))
let both = compose(square, addOne)
print(both(3), compose(addOne, square)(3))
print(apply({ -$0 }, to: [4]))
print(apply(sqrt, to: [16, 2]))
