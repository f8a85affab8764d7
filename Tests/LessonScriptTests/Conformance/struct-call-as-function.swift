struct Polynomial {
    var coefficients: [Double]
    func callAsFunction(_ x: Double) -> Double {
        var result = 0.0
        for c in coefficients.reversed() { result = result * x + c }
        return result
    }
    func derivative() -> Polynomial {
        var result: [Double] = []
        for (power, c) in coefficients.enumerated() {
            if power > 0 { result.append(Double(power) * c) }
        }
        return Polynomial(coefficients: result)
    }
}
let p = Polynomial(coefficients: [1, -3, 2])
print(p(0), p(1), p(2.5))
let dp = p.derivative()
print(dp, dp(1))
print([0.0, 1.0, 2.0].map { p($0) })
struct Scale {
    var factor: Int
    func callAsFunction(_ values: [Int]) -> [Int] { values.map { $0 * factor } }
}
let triple = Scale(factor: 3)
print(triple([1, 2, 3]))
