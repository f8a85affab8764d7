struct Layer {
    var inputs: Int
    var outputs: Int
    var weights: [[Double]]
    let name: String

    init(inputs: Int, outputs: Int, name: String = "dense") {
        self.inputs = inputs
        self.outputs = outputs
        self.name = name
        weights = Array(repeating: Array(repeating: 0.5, count: inputs), count: outputs)
    }

    init(square size: Int) {
        inputs = size
        outputs = size
        name = "square"
        weights = []
        for i in 0..<size {
            var row = Array(repeating: 0.0, count: size)
            row[i] = 1
            weights.append(row)
        }
    }

    var parameterCount: Int { inputs * outputs + outputs }
}
let a = Layer(inputs: 3, outputs: 2)
print(a.name, a.weights, a.parameterCount)
let b = Layer(square: 3)
print(b.name, b.weights)
print(Layer(inputs: 4, outputs: 1, name: "out").parameterCount)
struct Defaults {
    var count = 0
    var label = "none"
    let id = 7
}
print(Defaults(), Defaults(count: 2), Defaults(label: "x"), Defaults(count: 1, label: "y"))
