struct Config {
    var rate: Double
    var epochs: Int
    init(rate: Double, epochs: Int) {
        self.rate = rate
        self.epochs = epochs
    }
    func scaled(rate: Double) -> Config {
        Config(rate: self.rate * rate, epochs: epochs)
    }
    mutating func halve() {
        let rate = self.rate / 2
        self.rate = rate
    }
}
var c = Config(rate: 0.5, epochs: 3)
print(c.scaled(rate: 0.1))
c.halve()
print(c)
