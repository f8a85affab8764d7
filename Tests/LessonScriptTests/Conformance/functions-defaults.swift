func scale(_ x: Double, by factor: Double = 2, offset: Double = 0) -> Double {
    x * factor + offset
}
print(scale(3), scale(3, by: 3), scale(3, offset: 1), scale(3, by: 0.5, offset: 1))
