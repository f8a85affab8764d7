let names = ["x": 1, "y": 2]
if let x = names["x"], let y = names["y"], x < y {
    print("both", x + y)
}
if let z = names["z"] {
    print(z)
} else if let y = names["y"] {
    print("no z, y =", y)
}
func describe(_ value: Int?) -> String {
    guard let value else { return "nothing" }
    return "value \(value)"
}
print(describe(nil), describe(3))
var optional: String? = "text"
if let optional { print(optional.count) }
optional = nil
print(optional ?? "empty")
