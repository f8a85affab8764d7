let values = [false, true]
for a in values {
    for b in values {
        print(a, b, a && b, a || b, a != b, !(a && b))
    }
}
var calls = 0
func check(_ v: Bool) -> Bool {
    calls += 1
    return v
}
_ = check(false) && check(true)
_ = check(true) || check(false)
print(calls)
