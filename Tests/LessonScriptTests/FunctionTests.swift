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
        #expect(run(code).value == "\"9 1024\"")
    }

    @Test func callsMayPrecedeTheDeclarationInABlock() {
        #expect(run("let y = twice(4)\nfunc twice(_ x: Int) -> Int { 2 * x }\ny").value == "8")
    }

    @Test func overloadsAreChosenByLabels() {
        let code = """
        func area(side: Double) -> Double { side * side }
        func area(width: Double, height: Double) -> Double { width * height }
        area(side: 3) + area(width: 2, height: 5)
        """
        #expect(run(code).value == "19.0")
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
        #expect(run(code).value == "8")
    }

    @Test func functionsInsideFunctionsAreRefusedForNow() throws {
        let failure = try #require(run("func outer() {\n    func inner() {}\n}").failure)
        #expect(failure.first.message.hasPrefix("functions inside functions or control flow are not supported"))
    }
}
