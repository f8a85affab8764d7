let big = Int.max - 1
print(big + 1)
print(Int.min + 1)
print(-7 / 2, -7 % 2, 7 / -2, 7 % -2, -7 / -2, -7 % -2)
print(17 / 5 * 5 + 17 % 5)
print((-17) / 5 * 5 + (-17) % 5)

print(abs(-5), abs(5))
print(max(3, 9), min(3, 9))
