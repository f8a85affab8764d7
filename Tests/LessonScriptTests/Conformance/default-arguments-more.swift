func train(epochs: Int = 10, rate: Double = 0.1, verbose: Bool = false) -> String {
    "\(epochs) \(rate) \(verbose)"
}
print(train())
print(train(epochs: 5))
print(train(rate: 0.5))
print(train(verbose: true))
print(train(epochs: 1, rate: 1, verbose: true))
func greet(_ name: String, with greeting: String = "hello") -> String { "\(greeting), \(name)" }
print(greet("ann"), greet("bob", with: "hi"))
