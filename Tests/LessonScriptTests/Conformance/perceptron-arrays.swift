let inputs: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
let targets: [Double] = [0, 0, 0, 1]
var w: [Double] = [0, 0, 0]
let eta = 0.1
for epoch in 1...10 {
    var errors = 0
    for i in 0..<inputs.count {
        let x = inputs[i]
        let y: Double = w[0] + w[1] * x[0] + w[2] * x[1] > 0 ? 1 : 0
        let d = targets[i]
        if y != d { errors += 1 }
        w[0] += eta * (d - y)
        w[1] += eta * (d - y) * x[0]
        w[2] += eta * (d - y) * x[1]
    }
    if errors == 0 {
        print("converged after", epoch, "epochs")
        break
    }
}
print(w)
