let x = 10
func show() -> Int {
    let x = 20
    if true {
        let x = 30
        print(x)
    }
    return x
}
print(show(), x)
var total = 0
for i in 1...3 {
    let total = i * 100
    print(total)
}
print(total)
func twice(_ n: Int) -> Int {
    var n = n
    n *= 2
    return n
}
print(twice(21))
do {
    let x = "inner"
    print(x)
}
print(x)
