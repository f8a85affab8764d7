var found: (Int, Int)? = nil
for i in 1...9 {
    var done = false
    for j in 1...9 {
        if i * j == 42 {
            found = (i, j)
            done = true
            break
        }
    }
    if done { break }
}
print(found!)
var n = 27
var steps = 0
while n != 1 {
    n = n % 2 == 0 ? n / 2 : 3 * n + 1
    steps += 1
}
print(steps)
