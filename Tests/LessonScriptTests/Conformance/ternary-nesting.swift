func sign(_ x: Double) -> Int { x > 0 ? 1 : x < 0 ? -1 : 0 }
print([-2.5, 0, 3].map { sign($0) })
for n in [5, 15, 25] {
    let size = n < 10 ? "small" : n < 20 ? "medium" : "large"
    print(n, size)
}
let a = 3, b = 7
print(a > b ? a : b, (a > b ? "a" : "b") + "!")
