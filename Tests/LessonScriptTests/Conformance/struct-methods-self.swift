struct Vector {
    var x: Double
    var y: Double
    func dot(_ other: Vector) -> Double { x * other.x + y * other.y }
    func length() -> Double { dot(self).squareRoot() }
    func scaled(by k: Double) -> Vector { Vector(x: k * x, y: k * y) }
    func normalized() -> Vector { scaled(by: 1 / length()) }
    mutating func add(_ other: Vector) {
        x += other.x
        self.y += other.y
    }
    mutating func reflect() {
        self = Vector(x: -x, y: -y)
    }
}
var v = Vector(x: 3, y: 4)
print(v.length(), v.normalized())
v.add(Vector(x: 1, y: 1))
print(v)
v.reflect()
print(v, v.dot(Vector(x: 1, y: 0)))
