var x = 10.0
x += 2.5
print(x)
x -= 0.5
print(x)
x *= 3
print(x)
x /= 4
print(x)
var n = 17
n %= 5
print(n)
n *= -3
print(n)
var s = "ab"
s += "cd"
print(s)
var f: Float = 1
f /= 3
print(f)
