func minMax(_ xs: [Int]) -> (min: Int, max: Int) {
    var low = xs[0], high = xs[0]
    for x in xs {
        if x < low { low = x }
        if x > high { high = x }
    }
    return (low, high)
}
let bounds = minMax([5, 3, 9, 1])
print(bounds, bounds.min, bounds.1)
let (a, b) = bounds
print(a + b)
var point = (x: 1.5, y: -2.0)
point.x += 1
print(point)
let nested = ((1, 2), "three")
print(nested, nested.0.1)
let swapped = (point.y, point.x)
print(swapped)
