var x = 10
x += 5
x -= 3
x *= 2
x /= 4
x %= 4
print(x)
var d = 1.5
d *= 2
d /= 4
d -= 0.25
print(d)
