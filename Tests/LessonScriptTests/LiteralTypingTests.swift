import Testing
import LessonScript

/// Values as Swift itself computes and prints them (checked against swiftc).
struct LiteralTypingTests {
    @Test(arguments: [
        ("let x: Double = 7 / 2\nx", "3.5"),
        ("let n = 7 / 2\nn", "3"),
        ("let y = 1 + 2.5\ny", "3.5"),
        ("let d = 2.0\nd * 3", "6.0"),
        ("let d = 2.0\n3 * d - 1", "5.0"),
        ("let k = 4\nk * (2 + 3)", "20"),
        ("-7 / 2", "-3"),
        ("-7 % 3", "-1"),
        ("7 % -3", "1"),
        ("0.1 + 0.2", "0.30000000000000004"),
        ("1e-5 * 1", "1e-05"),
        ("1.0 / 0", "inf"),
        ("let big = 1_000_000\nbig * big", "1000000000000"),
        ("-9223372036854775808", "-9223372036854775808"),
        ("0x1F + 0b101", "36"),
        ("Double(7) / 2", "3.5"),
        ("Int(3.99)", "3"),
        ("Int(-3.99)", "-3"),
        ("let flag = 3 > 2 && !(1 == 2)\nflag", "true"),
        ("\"ab\" < \"b\"", "true"),
        ("true ? 1 : 2.5", "1.0"),
        ("max(1, 2)", "2"),
        ("max(1, 2.5)", "2.5"),
        ("abs(-3)", "3"),
        ("Double.pi", "3.141592653589793"),
        ("Int.max", "9223372036854775807"),
        ("[[4.0, 9], [5, 6]]", "[[4.0, 9.0], [5.0, 6.0]]"),
        ("[[1, 2], [3]]", "[[1, 2], [3]]"),
        ("[[[1], [2.5]]]", "[[[1.0], [2.5]]]"),
    ])
    func valueMatchesSwift(code: String, expected: String) {
        let outcome = run(code)
        #expect(outcome.failure == nil)
        #expect(outcome.value?.text == expected)
    }

    @Test func literalTakesTheTypeOfAParameter() {
        let outcome = run("func half(_ x: Double) -> Double { x / 2 }\nhalf(7)")
        #expect(outcome.value?.text == "3.5")
    }

    @Test func literalTakesTheTypeOfAnAssignedVariable() {
        let outcome = run("var rate = 0.5\nrate = 1\nrate")
        #expect(outcome.value?.text == "1.0")
    }
}
