func half(_ x: Double) -> Int { Int(x / 2) }
func scale(_ n: Int) -> Double { Double(n) * 0.5 }
func countdown(_ n: Int) -> Int { n <= 0 ? 0 : 1 + countdown(n - 1) }
func pick(_ n: Int, _ a: Double, _ b: Double) -> Double { n % 2 == 0 ? a : b }
func collatz(_ n: Int) -> Int { n == 1 ? 0 : 1 + collatz(n % 2 == 0 ? n / 2 : 3 * n + 1) }
print(half(7.9), scale(7), countdown(50), pick(3, 1.5, -1.5), collatz(27))
let limit = 10
var total = 0.0
for i in 0..<limit where Double(i) * 1.5 > 4 && !(i == 7) { total += scale(i) - Double(half(Double(i))) }
print(total)
let flags = (0..<6).map { $0 % 3 == 0 || $0 > 4 }
print(flags)
func sign(_ x: Double) -> Int { x > 0 ? 1 : x < 0 ? -1 : 0 }
print([-0.5, 0, 2].map(sign))
