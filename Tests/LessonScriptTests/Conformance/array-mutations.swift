var xs = [1, 2, 3]
xs.insert(0, at: 0)
xs.append(4)
print(xs, xs.remove(at: 2), xs)
print(xs.removeFirst(), xs.removeLast(), xs)
xs.swapAt(0, 1)
print(xs)
xs.removeAll()
print(xs, xs.isEmpty)
