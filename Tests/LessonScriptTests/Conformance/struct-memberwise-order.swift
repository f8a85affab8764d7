struct Hyper {
    var rate = 0.1
    var momentum = 0.0
    var epochs: Int
    let seed = 42
}
print(Hyper(epochs: 5))
print(Hyper(rate: 0.5, epochs: 1))
print(Hyper(momentum: 0.9, epochs: 2))
print(Hyper(rate: 1, momentum: 0.5, epochs: 3).seed)
var h = Hyper(epochs: 10)
h.epochs -= 1
h.rate *= 2
print(h)
