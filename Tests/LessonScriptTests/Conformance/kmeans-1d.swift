let points = [1.0, 1.5, 2.0, 8.0, 8.5, 9.5, 4.0]
var centers = [0.0, 10.0]
for iteration in 1...4 {
    var sums = [0.0, 0.0], counts = [0, 0]
    for p in points {
        let nearest = abs(p - centers[0]) <= abs(p - centers[1]) ? 0 : 1
        sums[nearest] += p
        counts[nearest] += 1
    }
    for k in 0..<2 {
        if counts[k] > 0 { centers[k] = sums[k] / Double(counts[k]) }
    }
    print(iteration, centers)
}
