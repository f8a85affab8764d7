var i = 0
repeat {
    i += 1
} while i < 0
print(i)
var total = 0
repeat {
    total += i
    i += 1
} while i <= 4
print(total)
