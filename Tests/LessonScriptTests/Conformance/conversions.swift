let n = 7
let d = Double(n) / 2
print(d, Int(d), Int(-2.9), Int(2.9))
print(Double(3), String(42), String(2.5))
