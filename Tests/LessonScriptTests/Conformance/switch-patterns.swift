for n in 1...15 {
    switch (n % 3, n % 5) {
    case (0, 0): print("FizzBuzz")
    case (0, _): print("Fizz")
    case (_, 0): print("Buzz")
    default: print(n)
    }
}
func classify(_ x: Double) -> String {
    switch x {
    case ..<0: return "negative"
    case 0: return "zero"
    case let v where v > 100: return "big \(v)"
    default: return "positive"
    }
}
print(classify(-2), classify(0), classify(5), classify(500))
let point = (2, -2)
switch point {
case let (x, y) where x == y: print("diagonal", x)
case let (x, y) where x == -y: print("anti-diagonal", x, y)
case (let x, 0): print("on x axis", x)
case let (x, y): print("somewhere", x, y)
}
let grade = 87
switch grade {
case 90...100: print("A")
case 80..<90 where grade % 2 == 1: print("B, odd")
case 80..<90: print("B")
case _: print("other")
}
