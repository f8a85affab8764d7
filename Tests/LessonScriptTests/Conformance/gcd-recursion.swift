func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8))
func hanoi(_ n: Int, from: String, to: String, via: String) -> Int {
    if n == 0 { return 0 }
    return hanoi(n - 1, from: from, to: via, via: to) + 1 + hanoi(n - 1, from: via, to: to, via: from)
}
print(hanoi(10, from: "a", to: "c", via: "b"))
func ackermann(_ m: Int, _ n: Int) -> Int {
    if m == 0 { return n + 1 }
    if n == 0 { return ackermann(m - 1, 1) }
    return ackermann(m - 1, ackermann(m, n - 1))
}
print(ackermann(2, 3))
