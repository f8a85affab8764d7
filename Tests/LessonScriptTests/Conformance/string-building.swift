var line = ""
for i in 1...5 {
    line += String(i)
    if i < 5 { line += "," }
}
print(line)
let name = "neuron"
print("\(name) has \(name.count) letters")
print(name.uppercased(), name.hasPrefix("neu"), name.hasSuffix("on"))
let bar = String(repeating: "#", count: 4)
print(bar)
let words = ["a", "small", "network"]
print(words.joined(separator: " "))
print(words.map { $0.count })
print("x = \(1.5), y = \(2), ok = \(true)")
print("nested \("quote \"inside\"")")
