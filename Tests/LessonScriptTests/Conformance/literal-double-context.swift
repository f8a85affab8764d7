let x: Double = 7 / 2
let y = 7 / 2
let z = 7.0 / 2
print(x, y, z)
