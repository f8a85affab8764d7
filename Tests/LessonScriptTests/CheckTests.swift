import LessonScript
import TestSupport
import Testing

/// The checks library: what holds passes silently, what does not is recorded
/// at its call and the block goes on.
struct CheckTests {
    @Test(arguments: [
        ("expectEqual(2 + 2, 5)", "expectEqual: got 4, expected 5"),
        ("expectEqual([0.5, 0.5], [0.5, 0.25])", "expectEqual: got [0.5, 0.5], expected [0.5, 0.25]"),
        ("expectEqual(\"cat\", \"dog\")", "expectEqual: got \"cat\", expected \"dog\""),
        ("expectEqual(Tensor([1, 2]), Tensor([1, 3]))", "expectEqual: got Tensor([1.0, 2.0], shape: [2]), expected Tensor([1.0, 3.0], shape: [2])"),
        ("expectClose(0.1 + 0.2, 0.4, tolerance: 0.01)", "expectClose: got 0.30000000000000004, expected 0.4 within 0.01"),
        ("expectClose([1.0, 2.0], [1.0, 2.5])", "expectClose: element 1 is 2.0, expected 2.5 within 1e-09"),
        ("expectClose(Tensor([[1, 2]]), Tensor([1, 2]))", "expectClose: got Tensor([[1.0, 2.0]], shape: [1, 2]) of shape [1, 2], expected Tensor([1.0, 2.0], shape: [2]) of shape [2]"),
        ("expect(1 > 2, \"one is more\")", "expectation failed: one is more"),
        ("expect(false)", "expectation failed"),
    ])
    func aCheckThatDoesNotHoldIsRecordedWithBothValues(code: String, message: String) {
        let outcome = run(code + "\nprint(\"after\")")
        #expect(outcome.failure == nil)
        #expect(outcome.checkFailures.map(\.message) == [message])
        #expect(outcome.checkFailures.first?.position.column == 1)
        #expect(outcome.output == "after\n", "the block goes on past a failed check")
    }

    @Test func checksThatHoldRecordNothing() {
        let outcome = run("expectEqual(3 * 3, 9)\nexpectClose(Float(1) / 3, 0.33333, tolerance: 1e-4)\nexpect(true)\nexpectEqual([[1, 2]], [[1, 2]])")
        #expect(outcome.failure == nil)
        #expect(outcome.checkFailures.isEmpty)
    }

    @Test(arguments: [
        ("func 1️⃣expect(_ b: Bool) {}", "'expect' is the checks library's; give yours another name"),
        ("let 1️⃣expectEqual = 3", "'expectEqual' is the checks library's; give yours another name"),
        ("struct 1️⃣expectClose {}", "'expectClose' is the checks library's; give yours another name"),
        ("func f() {\n    func 1️⃣expect(_ b: Bool) {}\n}", "'expect' is the checks library's; give yours another name"),
    ])
    func lessonCodeCannotRedefineTheChecks(source: String, message: String) throws {
        try expectFailure(source, message)
    }

    @Test func fatalErrorStopsWithItsMessageAndNeedsNoReturnAfterIt() throws {
        let outcome = run("func f(_ x: Int) -> Int {\n    fatalError(\"not yet\")\n}\nfunc g() -> Double { fatalError() }\nprint(1)\nf(2)")
        #expect(outcome.output == "1\n")
        #expect(outcome.failure?.first.message == "Fatal error: not yet")
        #expect(outcome.failure?.first.position.line == 2)
    }

    @Test func aFailedBlockTellsWhatItWouldHaveDeclared() {
        let outcome = run("let a = 1\nvar (b, c) = (2, 3)\nfunc d() {}\nstruct E {}\nlet f = undefined")
        #expect(outcome.declaredNames == ["a", "b", "c", "d", "E", "f"])
        #expect(outcome.failure?.first.missingName == "undefined")
    }
}
