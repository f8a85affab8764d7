let word = "Perceptron"
print(word.count, word.isEmpty, "".isEmpty)
print(word.uppercased(), word.lowercased())
print(word.hasPrefix("Per"), word.hasSuffix("x"))
