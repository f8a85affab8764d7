func area(side: Double) -> Double { side * side }
func area(width: Double, height: Double) -> Double { width * height }
func area(radius r: Double) -> Double { Double.pi * r * r }
print(area(side: 2), area(width: 2, height: 3), area(radius: 1))
