let a = true
let b = false
print(a && b, a || b, !a, !b)
print(a && !b || b)
