func kind(_ name: String) -> String {
    switch name {
    case "relu", "leakyRelu": return "piecewise linear"
    case "sigmoid", "tanh": return "squashing"
    case "a"..."m": return "early in the alphabet"
    default: return "other"
    }
}
print(["relu", "tanh", "gelu", "swish", "leakyRelu"].map { kind($0) })
for size in [0, 3, 17, 64, 1000] {
    switch size {
    case 0: print("empty")
    case 1...9: print("small")
    case 10..<100: print("medium")
    default: print("large")
    }
}
