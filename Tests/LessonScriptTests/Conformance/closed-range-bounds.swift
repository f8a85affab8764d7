var count = 0
for _ in (Int.max - 2)...Int.max { count += 1 }
print(count)
