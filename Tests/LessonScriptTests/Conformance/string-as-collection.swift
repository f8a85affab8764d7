let word = "banana"
print(word.map { $0 == "a" ? 1 : 0 })
print(word.contains { $0 == "n" }, word.allSatisfy { $0 != "z" })
print(word.reduce(0) { $1 == "a" ? $0 + 1 : $0 })
print(word.first { $0 != "b" } ?? "?")
print("a1b22".compactMap { Int(String($0)) })
print("hi".flatMap { [$0, $0] })
let vocabulary: [Character] = ["a", "b", "n"]
print(word.map { vocabulary.firstIndex(of: $0)! })
let t: Double = tanh(2)
let f: Float = tanh(2)
print(t, f, exp(1.0) > 2.7)
