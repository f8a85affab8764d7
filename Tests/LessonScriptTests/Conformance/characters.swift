let text = "hello world"
var counts: [Character: Int] = [:]
for c in text { counts[c, default: 0] += 1 }
print(counts["l"]!, counts["o"]!, counts[" "]!)
let letters = Array(text)
print(letters.count, letters[0], letters.firstIndex(of: "w")!)
var vocabulary: [Character] = []
for c in letters where !vocabulary.contains(c) { vocabulary.append(c) }
print(vocabulary, vocabulary.sorted())
let c: Character = "x"
print(String(c) + "y", c == "x", letters[4] < letters[6], "\(letters[1])")
switch letters[0] {
case "h": print("starts with h")
default: print("something else")
}
let indices = letters.map { vocabulary.firstIndex(of: $0)! }
print(indices)
print(indices.map { String(vocabulary[$0]) }.joined())
