print(Int.max, Int.min)
print(Int.max - 1 + 1)
let big = 3_000_000_000
print(big * 3)
