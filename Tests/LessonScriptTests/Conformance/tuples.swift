let pair = (1, "one")
let point = (x: 1.5, y: -2.0)
print(pair, point)
print(pair.0, pair.1, point.x, point.1)
let (a, b) = pair
var (c, _) = (3, 4)
c += a
print(a, b, c)
let typed: (Int, Double) = (1, 2)
print(typed, typed == (1, 2.0))
func minMax(_ xs: [Int]) -> (min: Int, max: Int) {
    var low = xs[0], high = xs[0]
    for x in xs {
        if x < low { low = x }
        if x > high { high = x }
    }
    return (low, high)
}
let range = minMax([3, 9, -2, 5])
print(range, range.min, range.max)
