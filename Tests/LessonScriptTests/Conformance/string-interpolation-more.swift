let w = [0.5, -1.25]
let b = 0.1
print("weights \(w), bias \(b)")
print("sum = \(w.reduce(0, +) + b)")
print("count: \(w.count), first: \(w.first!), empty: \(w.isEmpty)")
let name: String? = "net"
print("name \(name ?? "?")")
let pair = (1, "one")
print("pair \(pair), \(pair.1)")
print("\(1)\(2)\(3)", "\("")")
