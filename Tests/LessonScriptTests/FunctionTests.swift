import Testing
import LessonScript
import TestSupport

struct FunctionTests {
    @Test func labelsDefaultsAndRecursion() {
        let code = """
        func power(_ base: Int, to exponent: Int = 2) -> Int {
            exponent == 0 ? 1 : base * power(base, to: exponent - 1)
        }
        "\\(power(3)) \\(power(2, to: 10))"
        """
        #expect(run(code).value?.text == "\"9 1024\"")
    }

    @Test func callsMayPrecedeTheDeclarationInABlock() {
        #expect(run("let y = twice(4)\nfunc twice(_ x: Int) -> Int { 2 * x }\ny").value?.text == "8")
    }

    @Test func overloadsAreChosenByLabels() {
        let code = """
        func area(side: Double) -> Double { side * side }
        func area(width: Double, height: Double) -> Double { width * height }
        area(side: 3) + area(width: 2, height: 5)
        """
        #expect(run(code).value?.text == "19.0")
    }

    @Test func voidFunctionsMayReturnEarly() {
        let code = """
        func report(_ n: Int) {
            if n < 0 { return }
            print(n)
        }
        report(-1)
        report(4)
        """
        #expect(run(code).output == "4\n")
    }

    @Test func parametersAreConstants() throws {
        let marked = Marked("func f(_ x: Int) {\n    1️⃣x = 2\n}")
        let failure = try #require(run(marked.code).failure)
        #expect(failure.first.message == "cannot assign to value: 'x' is a 'let' constant")
        #expect(failure.first.position.line == marked.line)
    }

    @Test func whileTrueWithoutBreakNeedsNoFinalReturn() {
        let code = "func first() -> Int {\n    var i = 0\n    while true {\n        i += 1\n        if i * i > 50 { return i }\n    }\n}\nfirst()"
        #expect(run(code).value?.text == "8")
    }

    @Test func nestedFunctionsCaptureRecurseAndTakeLabels() {
        let code = """
        func outer(_ n: Int) -> Int {
            var calls = 0
            func go(_ k: Int, accumulator: Int = 1) -> Int {
                calls += 1
                return k <= 1 ? accumulator : go(k - 1, accumulator: accumulator * k)
            }
            return go(n) + calls
        }
        outer(5)
        """
        #expect(run(code).value?.text == "125")
    }

    @Test func eachLoopIterationsClosureKeepsItsOwnConstant() {
        let code = "var fs: [() -> Int] = []\nfor i in 1...3 {\n    let square = i * i\n    fs.append { square + i }\n}\nfs.map { $0() }"
        #expect(run(code).value?.text == "[2, 6, 12]")
    }
}

extension FunctionTests {
    /// Arguments that call functions themselves run before the call they feed, each in a frame of its own.
    @Test func callsInsideArgumentsKeepTheirOwnFrames() {
        let code = """
        func add(_ a: Int, _ b: Int, _ c: Int) -> Int { a + b + c }
        func twice(_ x: Int) -> Int { 2 * x }
        struct Box {
            var k: Int
            func scaled(_ a: Int, _ b: Int) -> Int { k * (a + b) }
        }
        let box = Box(k: 10)
        add(twice(1), add(twice(2), 3, twice(3)), box.scaled(twice(1), add(1, 1, twice(0))))
        """
        #expect(run(code).value?.text == "55")
    }
}
