struct Point { var x: Int; var y: Int }
struct Segment {
    var start: Point
    var end: Point
    var length2: Int {
        let dx = end.x - start.x, dy = end.y - start.y
        return dx * dx + dy * dy
    }
}
var s = Segment(start: Point(x: 0, y: 0), end: Point(x: 3, y: 4))
print(s, s.length2)
s.end.x = 6
s.start.y -= 4
print(s.end, s.start, s.length2)
let t = s
s.start = Point(x: 1, y: 1)
print(t.start, s.start)
print([s, t].map { $0.length2 })
