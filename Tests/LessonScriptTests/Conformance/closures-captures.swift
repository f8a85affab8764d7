var counter = 0
let increment = { counter += 1 }
increment()
increment()
print(counter)
func makeCounter() -> () -> Int {
    var count = 0
    return {
        count += 1
        return count
    }
}
let next = makeCounter()
let other = makeCounter()
print(next(), next(), next(), other())
func makeAdder(_ n: Int) -> (Int) -> Int {
    return { x in x + n }
}
let addFive = makeAdder(5)
print(addFive(10), makeAdder(1)(1))
var handlers: [() -> Int] = []
func times(_ k: Int) -> () -> Int { { k * 10 } }
for i in 1...3 {
    handlers.append(times(i))
}
print(handlers[0](), handlers[2]())
