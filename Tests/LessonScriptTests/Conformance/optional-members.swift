let xs = [3, 1, 4, 1, 5]
print(xs.first ?? 0, xs.last ?? 0, xs.min() ?? 0, xs.max() ?? 0)
print(xs.firstIndex(of: 4) ?? -1, xs.firstIndex(of: 9) ?? -1)
let empty: [Double] = []
print(empty.first == nil, empty.max() == nil)
if let biggest = xs.max(), let index = xs.firstIndex(of: biggest) {
    print("max", biggest, "at", index)
}
