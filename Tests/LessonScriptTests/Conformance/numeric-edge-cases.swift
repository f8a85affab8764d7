print(0.1 * 3, 0.3)
print(1.0 - 0.9)
print(Double(Int.max) == Double(Int.max - 1))
print((0.1 + 0.2) == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-12)
print(1e-7, 1e-4, 12345.678, 1.0e20, 1.0e-20)
print(Double.greatestFiniteMagnitude, Double.ulpOfOne)
print(Int.max, Int.min, -Int.max)
let nan = Double.nan
print(nan == nan, nan.isNaN, (1.0 / 0.0).isFinite)
