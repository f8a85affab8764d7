func multipliers() -> [(Int) -> Int] {
    var result: [(Int) -> Int] = []
    for factor in 1...3 {
        result.append { $0 * factor }
    }
    return result
}
print(multipliers().map { $0(10) })
var printers: [() -> String] = []
for word in ["a", "b"] {
    let upper = word.uppercased()
    printers.append { "\(word)->\(upper)" }
}
print(printers.map { $0() })
