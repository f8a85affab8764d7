let a = [1, 2]
let b = a + [3]
print(a == [1, 2], a != b, b)
var c = ["x"]
c = c + ["y", "z"]
print(c, c.count)
