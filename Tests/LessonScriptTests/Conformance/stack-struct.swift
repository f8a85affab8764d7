struct Stack {
    var items: [String] = []
    var isEmpty: Bool { items.isEmpty }
    var top: String? { items.last }
    mutating func push(_ item: String) { items.append(item) }
    mutating func pop() -> String? {
        if items.isEmpty { return nil }
        return items.removeLast()
    }
}
func balanced(_ tokens: [String]) -> Bool {
    var stack = Stack()
    for token in tokens {
        if token == "(" { stack.push(token) } else if stack.pop() == nil { return false }
    }
    return stack.isEmpty
}
print(balanced(["(", "(", ")", ")"]), balanced(["(", ")", ")"]), balanced(["("]))
var s = Stack()
s.push("a")
s.push("b")
print(s.top ?? "-", s.pop() ?? "-", s.items, s.pop() ?? "-", s.pop() ?? "-")
