struct Point {
    var x: Double
    var y: Double
    let name = "p"
    var norm: Double { (x * x + y * y).squareRoot() }
    func scaled(by k: Double) -> Point { Point(x: x * k, y: y * k) }
    mutating func move(dx: Double, dy: Double = 0) {
        x += dx
        self.y += dy
    }
}
var p = Point(x: 3, y: 4)
print(p)
print(p.norm)
let q = p
p.move(dx: 1)
print(p, q)
print(p.scaled(by: 2))
var points = [p, q]
points[1].x = 10
points[0].move(dx: 0.5, dy: 0.5)
print(points)
print(points.map { $0.norm })
struct Counter {
    var count = 0
    var history: [Int] = []
    init() {}
    init(start: Int) {
        count = start
        history.append(start)
    }
    mutating func tick() { count += 1; history.append(count) }
}
var c = Counter(start: 5)
for _ in 0..<3 { c.tick() }
print(c)
print(Counter())
struct Pair { var a: (Int, Int); var label: String }
var pr = Pair(a: (1, 2), label: "one")
pr.a.1 = 5
print(pr)
print((p, 1))
let o: Point? = p
print(o!)
