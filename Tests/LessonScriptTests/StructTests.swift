import Testing
import LessonScript
import TestSupport

/// Structs: values with stored and computed properties, methods, `mutating`,
/// initializers, `callAsFunction`, and conformance to the engine's `Module`.
struct StructTests {
    static let point = """
    struct Point {
        var x: Double
        var y: Double
        var norm: Double { (x * x + y * y).squareRoot() }
        mutating func move(by d: Double) { x += d; y += d }
    }
    """

    @Test func copiesAreIndependent() {
        let outcome = run(Self.point, "var p = Point(x: 3, y: 4)\nlet q = p\np.move(by: 1)\nprint(p, q)\nq.norm")
        #expect(outcome.output == "Point(x: 4.0, y: 5.0) Point(x: 3.0, y: 4.0)\n")
        #expect(outcome.value?.text == "5.0")
    }

    @Test func elementsOfArraysChangeInPlace() {
        let outcome = run(Self.point, "var ps = [Point(x: 0, y: 0), Point(x: 1, y: 1)]\nps[1].x = 7\nps[0].move(by: 2)\nps")
        #expect(outcome.value?.text == "[Lesson.Point(x: 2.0, y: 2.0), Lesson.Point(x: 7.0, y: 1.0)]")
    }

    @Test func aCustomInitializerReplacesTheMemberwiseOne() {
        let code = """
        struct Counter {
            var count: Int
            var history: [Int] = []
            init(start: Int) {
                count = start
                history.append(start)
            }
        }
        Counter(start: 3)
        """
        #expect(run(code).value?.text == "Counter(count: 3, history: [3])")
    }

    @Test func aStructIsCalledThroughCallAsFunction() {
        let code = "struct Affine {\n    var a: Double, b: Double\n    func callAsFunction(_ x: Double) -> Double { a * x + b }\n}\nlet f = Affine(a: 2, b: 1)\nf(3)"
        #expect(run(code).value?.text == "7.0")
    }

    @Test func aModuleStructFindsItsParametersThroughItsProperties() {
        let code = """
        struct Net: Module {
            var hidden = Linear(2, 3)
            var output = Linear(3, 1)
            var frozen = Tensor([1, 2])
            func callAsFunction(_ x: Tensor) -> Tensor { output(hidden(x).relu()) }
        }
        let net = Net()
        print(net.parameters.map { $0.shape })
        net(Tensor([[1, 2]])).shape
        """
        let outcome = run(code)
        #expect(outcome.output == "[[3, 2], [3], [1, 3], [1]]\n")
        #expect(outcome.value?.text == "[1, 1]")
    }

    @Test func aFailingMutatingMethodLeavesTheVariableUsable() {
        let session = ScriptSession()
        _ = session.run("struct Stack {\n    var items: [Int] = []\n    mutating func pop() -> Int { items.removeLast() }\n}\nvar s = Stack()")
        #expect(session.run("s.pop()").failure?.first.message == "can't remove last element from an empty collection")
        #expect(session.run("s.items.append(1)\ns").value?.text == "Stack(items: [1])")
    }

    @Test(arguments: [
        ("struct P {\n    var x = 0.0\n    func f() { 1️⃣x = 1 }\n}", "cannot assign to property: 'self' is immutable"),
        ("struct P {\n    var x = 0.0\n    func f() { 1️⃣g() }\n    mutating func g() {}\n}", "cannot use mutating member on immutable value: 'self' is immutable"),
        ("struct P { var x = 0.0 }\nlet p = P()\np.1️⃣x = 2", "cannot assign to property: 'p' is a 'let' constant"),
        ("struct P { let n = 1 }\nvar p = P()\np.1️⃣n = 2", "cannot assign to property: 'n' is a 'let' constant"),
        ("struct P {\n    var x = 1.0\n    var twice: Double { 2 * x }\n}\nvar p = P()\np.1️⃣twice = 2", "cannot assign to property: 'twice' is a get-only property"),
        ("struct P {\n    var x = 0.0\n    mutating func m() {}\n}\nlet p = P()\np.1️⃣m()", "cannot use mutating member on immutable value: 'p' is a 'let' constant"),
        ("struct P {\n    var x: Double, y: Double\n    init(x: Double) { print(self.1️⃣y); self.y = x; self.x = x }\n}", "'self' used before all stored properties are initialized"),
        ("struct P {\n    var y: Int\n    init(y: Int) { if y > 0 { self.y = y } 1️⃣}\n}", "return from initializer without initializing all stored properties"),
        ("struct P {\n    var y: Int\n    init() { 1️⃣show(); y = 1 }\n    func show() {}\n}", "'self' used before all stored properties are initialized"),
        ("struct P {\n    let y: Int\n    init() { y = 1; self.1️⃣y = 2 }\n}", "immutable value 'self.y' may only be initialized once"),
        ("struct P {\n    var y: Int\n    func norm() -> Int { 1️⃣}\n}", "missing return in instance method 'norm' expected to return 'Int'"),
        ("struct P { var 1️⃣p: P? }", "value type 'P' cannot have a stored property that recursively contains it"),
        ("struct P: 1️⃣Equatable { var x: Int }", "conformance to 'Equatable' is not supported in lesson code; a struct may conform to 'Module'"),
        ("struct 1️⃣M: Module { var l = Linear(2, 1) }", "type 'M' does not conform to protocol 'Module'; it needs 'func callAsFunction(_ input: Tensor) -> Tensor'"),
        ("struct P { var 1️⃣x }", "a stored property needs a type annotation or an initial value"),
        ("struct P { var x = 1 }\nP().1️⃣y", "value of type 'P' has no member 'y'"),
        ("func f() {\n    1️⃣struct Inner {}\n}", "structs can only be declared at the top level of a block in lesson code"),
        ("struct P { var x = 1 }\nlet p = P()\n1️⃣p(2)", "cannot call value 'p': it is not a function"),
    ])
    func refusedWithMessageAtPosition(source: String, message: String) throws {
        try expectFailure(source, message)
    }
}
