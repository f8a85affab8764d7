struct Node {
    var value: Int
    var label: String?
    var children: [Node] = []
}
var root = Node(value: 1, label: "root")
root.children.append(Node(value: 2, label: nil))
root.children.append(Node(value: 3, label: "leaf"))
print(root.children.count)
for child in root.children {
    if let label = child.label { print(child.value, label) } else { print(child.value, "no label") }
}
print(root.children.map { $0.label ?? "-" })
root.label = nil
print(root.label == nil, root.children[1].label!)
func sum(_ node: Node) -> Int { node.children.reduce(node.value) { $0 + sum($1) } }
print(sum(root))
