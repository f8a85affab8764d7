let x = 2.0
print(x.squareRoot(), (2.5).rounded(), (-3.5).magnitude)
print((0.0 / 0.0).isNaN, x.isFinite, (1.0 / 0.0).isFinite)
print(10.isMultiple(of: 5), 7.isMultiple(of: 2))
