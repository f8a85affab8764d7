var handlers: [() -> Int] = []
for i in 0..<3 {
    handlers.append({ i * 10 })
}
print(handlers.map { $0() })
var adders: [(Int) -> Int] = []
for k in [1, 5, 9] {
    let offset = k * 2
    adders.append { x in x + offset + k }
}
print(adders.map { $0(100) })
func makeAll() -> [() -> String] {
    var result: [() -> String] = []
    for (index, name) in ["a", "b"].enumerated() {
        func describe() -> String { "\(index):\(name)" }
        result.append(describe)
    }
    return result
}
print(makeAll().map { $0() })
