let name = "perceptron"
let epochs = 3
let rate = 0.5
print("\(name) ran \(epochs) epochs at rate \(rate)")
print("sum: \(1 + 2), flag: \(epochs > 2)")
