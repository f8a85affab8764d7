struct Tree {
    var value: Int
    var children: [Tree] = []
    func sum() -> Int { children.reduce(value) { $0 + $1.sum() } }
    func depth() -> Int { 1 + (children.map { $0.depth() }.max() ?? 0) }
    func preorder() -> [Int] {
        var result = [value]
        for child in children { result += child.preorder() }
        return result
    }
}
let tree = Tree(value: 1, children: [
    Tree(value: 2, children: [Tree(value: 4)]),
    Tree(value: 3, children: [Tree(value: 5), Tree(value: 6, children: [Tree(value: 7)])]),
])
print(tree.sum(), tree.depth(), tree.preorder())
