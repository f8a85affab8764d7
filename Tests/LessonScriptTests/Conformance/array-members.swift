var xs: [Double] = []
print(xs.count, xs.isEmpty)
xs.append(1.5)
xs.append(2)
print(xs.count, xs.isEmpty, xs)
let last = xs.removeLast()
print(last, xs)
print([3, 1, 2].sorted(), [1, 2].contains(2))
print(["b", "a"].sorted())
