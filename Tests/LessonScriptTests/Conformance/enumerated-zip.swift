let names = ["a", "b", "c"]
for (i, name) in names.enumerated() {
    print(i, name)
}
let weights = [0.5, -1.0, 2.0]
let inputs = [1.0, 2.0, 3.0, 4.0]
var sum = 0.0
for (w, x) in zip(weights, inputs) { sum += w * x }
print(sum)
for (_, x) in zip(names, inputs) { print(x, terminator: " ") }
print()
