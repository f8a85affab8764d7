let words = ["pear", "fig"]
print(words.first?.count ?? 0)
let empty: [String] = []
print(empty.first?.count ?? -1)
print(words.last?.uppercased() as String?)
let table: [String: [Int]] = ["a": [1, 2, 3]]
print(table["a"]?.count ?? 0, table["b"]?.count ?? 0)
print(table["a"]?.first as Int?)
struct Box { var value: Int; func doubled() -> Int { value * 2 } }
let boxes: [Box] = [Box(value: 4)]
print(boxes.first?.doubled() ?? 0, boxes.first?.value as Int?)
let maybe: Box? = nil
print(maybe?.value == nil)
