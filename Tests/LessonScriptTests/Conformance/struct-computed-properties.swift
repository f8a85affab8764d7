struct Rectangle {
    var width: Double
    var height: Double
    var area: Double { width * height }
    var perimeter: Double {
        get { 2 * (width + height) }
    }
    var isSquare: Bool {
        if width == height { return true }
        return false
    }
}
var r = Rectangle(width: 3, height: 4)
print(r.area, r.perimeter, r.isSquare)
r.width = 4
print(r.area, r.perimeter, r.isSquare)
let shapes = [Rectangle(width: 1, height: 2), Rectangle(width: 5, height: 5)]
print(shapes.map { $0.area }.reduce(0, +))
print(shapes.filter { $0.isSquare }.count)
