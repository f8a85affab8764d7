func safeDivide(_ a: Double, by b: Double) -> Double? {
    guard b != 0 else { return nil }
    return a / b
}
print(safeDivide(1, by: 4) ?? Double.nan, safeDivide(1, by: 0) ?? -1)
func firstNegative(_ xs: [Int]) -> Int? {
    for x in xs {
        guard x >= 0 else { return x }
    }
    return nil
}
print(firstNegative([3, 4, -2, -5]) ?? 0, firstNegative([1]) ?? 0)
var processed: [Int] = []
for x in [1, -1, 2, -2, 3] {
    guard x > 0 else { continue }
    processed.append(x * x)
}
print(processed)
