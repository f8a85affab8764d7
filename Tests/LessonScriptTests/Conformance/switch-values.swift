func describe(_ n: Int) -> String {
    switch n {
    case 0:
        return "zero"
    case 1, 2, 3:
        return "small"
    case 4...9:
        return "digit"
    case 10..<100:
        return "two digits"
    default:
        return "large"
    }
}
for n in [0, 2, 7, 42, 100, -1] { print(n, describe(n)) }
func grade(_ s: String) -> Int {
    switch s {
    case "A": return 4
    case "B", "C": return 2
    default: return 0
    }
}
print(grade("A"), grade("C"), grade("F"))
let flag = 3 > 2
switch flag {
case true: print("yes")
case false: print("no")
}
let x = 0.25
switch x {
case 0..<0.5: print("low")
default: print("high")
}
