var a = 0, b = 100
while a < b && b - a > 10 {
    a += 7
    b -= 3
}
print(a, b)
var xs = [5, 3, 8, 1]
var i = 0
while i < xs.count, xs[i] != 8 { i += 1 }
print(i)
var value = 1000.0
var halvings = 0
while value > 1 {
    value /= 2
    halvings += 1
}
print(halvings, value)
