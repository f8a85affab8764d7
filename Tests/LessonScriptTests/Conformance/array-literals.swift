let ints = [1, 2, 3]
let doubles: [Double] = [1, 2, 3]
let mixed = [1, 2.5]
let words = ["a", "b\tc"]
let flags = [true, false]
let nested = [[1, 2], [3]]
let empty: [Int] = []
print(ints, doubles, mixed)
print(words, flags, nested, empty)
