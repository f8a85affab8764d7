import Testing
import LessonScript

struct StatementTests {
    @Test func printJoinsItemsWithSeparatorAndTerminator() {
        #expect(run("print(1, 2.5, \"a\", true)").output == "1 2.5 a true\n")
        #expect(run("print(1, 2, separator: \", \", terminator: \".\")").output == "1, 2.")
        #expect(run("print()").output == "\n")
        #expect(run("print(\"tab\\there\")").output == "tab\there\n")
    }

    @Test func interpolationShowsDescriptions() {
        #expect(run("let x = 2.0\nlet n = 3\n\"x=\\(x) n=\\(n * 2) ok=\\(n > 1)\"").value?.text == "\"x=2.0 n=6 ok=true\"")
    }

    @Test func voidExpressionsShowNoValue() {
        #expect(run("print(1)").value?.text == nil)
        #expect(run("let x = 1").value?.text == nil)
        #expect(run("var y = 1\ny += 1").value?.text == nil)
    }

    @Test func onlyTheLastExpressionIsShown() {
        #expect(run("1 + 1\n2 + 2").value?.text == "4")
    }

    @Test func ifElseChainsPickOneBranch() {
        let code = """
        func grade(_ score: Int) -> String {
            if score >= 90 { return "A" } else if score >= 80 { return "B" } else { return "C" }
        }
        grade(95) + grade(85) + grade(10)
        """
        #expect(run(code).value?.text == "\"ABC\"")
    }

    @Test func loopsOverRangesWithBreakAndContinue() {
        let code = """
        var sum = 0
        for i in 0..<10 {
            if i % 2 == 0 { continue }
            if i > 7 { break }
            sum += i
        }
        for _ in 1...3 { sum += 100 }
        for _ in 0..<0 { sum = -1 }
        sum
        """
        #expect(run(code).value?.text == "316")
    }

    @Test func whileAndRepeatLoops() {
        let code = """
        var n = 0
        while n < 5 { n += 2 }
        var m = 10
        repeat { m += 1 } while m < 5
        "\\(n) \\(m)"
        """
        #expect(run(code).value?.text == "\"6 11\"")
    }

    @Test func innerScopesShadowAndEnd() {
        let code = """
        let x = 1
        var seen = 0
        if true {
            let x = 2
            seen = x
        }
        seen * 10 + x
        """
        #expect(run(code).value?.text == "21")
    }

    @Test func closedRangeReachesIntMaxWithoutOverflow() {
        #expect(run("var count = 0\nfor _ in (Int.max - 2)...Int.max { count += 1 }\ncount").value?.text == "3")
    }
}
