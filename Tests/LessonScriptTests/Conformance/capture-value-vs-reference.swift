var counter = 0
let increment = { counter += 1 }
increment()
increment()
print(counter)
var snapshot = [1, 2, 3]
let size = { snapshot.count }
snapshot.append(4)
print(size())
func makeAccumulator() -> (Double) -> Double {
    var sum = 0.0
    return { sum += $0; return sum }
}
let acc = makeAccumulator()
print(acc(1.5), acc(2.5))
let other = makeAccumulator()
print(other(10), acc(0))
