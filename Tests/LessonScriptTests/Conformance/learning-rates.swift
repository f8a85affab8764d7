func descend(rate: Double, steps: Int) -> Double {
    var x = 5.0
    for _ in 0..<steps { x -= rate * 2 * x }
    return x
}
for rate in [0.01, 0.1, 0.5, 0.9, 1.1] {
    print(rate, descend(rate: rate, steps: 20))
}
var schedule: [Double] = []
var rate = 1.0
for epoch in 0..<5 {
    schedule.append(rate)
    if epoch % 2 == 1 { rate *= 0.5 }
}
print(schedule)
let decayed = (0..<4).map { 0.1 * pow(0.5, Double($0)) }
print(decayed)
