struct Pipeline {
    let scale: (Double) -> Double
    let layer = Linear(2, 1)
    var offset = 1.0
    func run(_ x: Double) -> Double { scale(x) + offset }
}
let p = Pipeline(scale: { $0 * 3 })
print(p.scale(2), p.run(2))
let out = p.layer(Tensor([[1, 2]]))
print(out.shape)
struct Twice { func callAsFunction(_ x: Int) -> Int { x * 2 } }
struct Holder { let twice = Twice() }
print(Holder().twice(21))
