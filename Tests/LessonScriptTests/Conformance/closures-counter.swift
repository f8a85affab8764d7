func makeCounter(step: Int = 1) -> () -> Int {
    var value = 0
    return {
        value += step
        return value
    }
}
let byOne = makeCounter()
let byTen = makeCounter(step: 10)
print(byOne(), byOne(), byTen(), byOne(), byTen())
var log: [String] = []
let record = { (message: String) in log.append(message) }
record("start")
record("stop")
print(log)
var factor = 2
let scale = { (x: Int) -> Int in x * factor }
factor = 5
print(scale(3))
