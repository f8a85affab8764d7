let words = ["to", "be", "or", "not", "to", "be", "that", "is"]
var index: [String: Int] = [:]
var vocabulary: [String] = []
for word in words where index[word] == nil {
    index[word] = vocabulary.count
    vocabulary.append(word)
}
print(vocabulary)
let encoded = words.map { index[$0]! }
print(encoded)
let decoded = encoded.map { vocabulary[$0] }
print(decoded == words)
var frequency: [String: Int] = [:]
for word in words { frequency[word, default: 0] += 1 }
print(vocabulary.map { frequency[$0]! })
