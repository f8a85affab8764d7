let x = 1
var out = 0
if true {
    let x = 2
    out += x
    if true {
        let x = 3
        out += x * 10
    }
}
print(x, out)
