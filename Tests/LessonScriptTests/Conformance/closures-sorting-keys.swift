struct Item { var name: String; var price: Double; var stock: Int }
let items = [
    Item(name: "pen", price: 1.5, stock: 10),
    Item(name: "ink", price: 7.25, stock: 0),
    Item(name: "pad", price: 3.0, stock: 4),
]
print(items.sorted { $0.price > $1.price }.map { $0.name })
print(items.filter { $0.stock > 0 }.map { $0.name })
let value = items.reduce(0.0) { $0 + $1.price * Double($1.stock) }
print(value)
let cheapest = items.min { $0.price < $1.price }
print(cheapest?.name ?? "none")
let ties = [(1, "a"), (3, "b"), (3, "c"), (1, "d")]
print(ties.max { $0.0 < $1.0 }!.1, ties.min { $0.0 < $1.0 }!.1)
