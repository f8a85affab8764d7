import Testing
import LessonScript
import TestSupport

/// Where Swift traps, lesson code stops with an error at the operation.
struct RuntimeErrorTests {
    @Test(arguments: [
        ("let m = Int.max\nlet n = m 1️⃣+ 1", "arithmetic overflow: 9223372036854775807 + 1 does not fit in Int"),
        ("let m = Int.min\nm 1️⃣- 1", "arithmetic overflow: -9223372036854775808 - 1 does not fit in Int"),
        ("let m = Int.max\nm 1️⃣* 2", "arithmetic overflow: 9223372036854775807 * 2 does not fit in Int"),
        ("let m = Int.min\nm 1️⃣/ -1", "arithmetic overflow: -9223372036854775808 / -1 does not fit in Int"),
        ("let m = Int.min\nlet n = 1️⃣-m", "arithmetic overflow: -(-9223372036854775808) does not fit in Int"),
        ("let zero = 0\n5 1️⃣/ zero", "division by zero"),
        ("let zero = 0\n5 1️⃣% zero", "division by zero in remainder operation"),
        ("var n = 1\nn 1️⃣/= 0", "division by zero"),
        ("let inf = Double.infinity\n1️⃣Int(inf)", "Double value cannot be converted to Int because it is either infinite or NaN"),
        ("let top = 5\nfor i in top1️⃣..<1 { }", "range requires lowerBound <= upperBound"),
        ("let xs = [1, 2, 3]\nlet y = xs1️⃣[3]", "index out of range: index 3 in an array of 3 elements"),
        ("var xs = [[1], [2]]\nxs[1]1️⃣[1] = 5", "index out of range: index 1 in an array of 1 element"),
        ("var xs: [Int] = []\nlet y = xs.1️⃣removeLast()", "can't remove last element from an empty collection"),
        ("let n = -1\nlet xs = 1️⃣Array(repeating: 0, count: n)", "can't construct an array with a negative count (-1)"),
        ("let step = 0\nfor i in 1️⃣stride(from: 0, to: 5, by: step) { }", "stride size must not be zero"),
        ("let xs: [Int] = []\nlet first = xs.first1️⃣!", "unexpectedly found nil while unwrapping an Optional value"),
    ])
    func stopsAtTheFailingOperation(source: String, message: String) throws {
        try expectFailure(source, message)
    }

    @Test func outputBeforeTheErrorIsKept() {
        let outcome = run("print(\"first\")\nlet zero = 0\nprint(1 / zero)\nprint(\"never\")")
        #expect(outcome.output == "first\n")
        #expect(outcome.failure?.first.message == "division by zero")
    }

    @Test func endlessLoopStopsAtTheStepLimit() throws {
        let marked = Marked("var n = 0\n1️⃣while true { n += 1 }")
        let failure = try #require(run(marked.code, limits: Limits(steps: 1000, recursionDepth: 100)).failure)
        #expect(failure.first.message.hasPrefix("step limit reached: the block ran 1000 loop iterations and calls"))
        #expect(failure.first.position.line == marked.line)
        #expect(failure.first.position.column == marked.column)
    }

    @Test func endlessRecursionStopsAtTheRecursionLimit() throws {
        let outcome = run("func down(_ n: Int) -> Int { down(n + 1) }\ndown(0)", limits: Limits(steps: 1_000_000, recursionDepth: 500))
        #expect(outcome.failure?.first.message.hasPrefix("recursion limit reached: more than 500 nested calls") == true)
    }

    @Test func deepRecursionWithinTheLimitDoesNotOverflowTheStack() {
        let outcome = run("func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }\ndepth(1999)")
        #expect(outcome.failure == nil)
        #expect(outcome.value?.text == "1999")
    }

    @Test func theSessionStaysUsableAfterALimit() {
        let session = ScriptSession()
        let limits = Limits(steps: 100, recursionDepth: 10)
        #expect(session.run("while true { }", limits: limits).failure != nil)
        #expect(session.run("1 + 1", limits: limits).value?.text == "2")
    }
}

extension RuntimeErrorTests {
    @Test func stringsThatGrowWithoutEndStopAtTheCeiling() throws {
        try expectFailure("var s = \"ab\"\nfor _ in 0..<64 { s = s 1️⃣+ s }", "memory limit reached: a string grew past 16777216 bytes")
        try expectFailure("var s = \"ab\"\nfor _ in 0..<64 { s = 1️⃣\"\\(s)\\(s)\" }", "memory limit reached: a string grew past 16777216 bytes")
    }
}

extension RuntimeErrorTests {
    @Test func aFailedElementUpdateLeavesTheArrayIntact() {
        let session = ScriptSession()
        _ = session.run("var xs = [1, 2, 3]")
        #expect(session.run("xs[5] = 0").failure != nil)
        #expect(session.run("xs").value?.text == "[1, 2, 3]")
    }
}

extension RuntimeErrorTests {
    @Test func theClockIsABackstopBehindTheStepBudget() {
        let limits = Limits(steps: .max, recursionDepth: 100, seconds: 0.05)
        let slow = run("var n = 0\nwhile true { n += 0 }", limits: limits)
        #expect(slow.failure?.first.message == "time limit reached: the block ran longer than 0.05 seconds")
    }
}

extension RuntimeErrorTests {
    static let smallTensorCeiling = Limits(steps: 1_000_000, recursionDepth: 100, tensorBytes: 1 << 20)

    @Test func aResultPastTheTensorCeilingIsRefusedBeforeItIsMade() throws {
        let marked = Marked("let a = Tensor.zeros([1024, 1])\nlet b = a 1️⃣+ Tensor.zeros([1, 1024])")
        let failure = try #require(run(marked.code, limits: Self.smallTensorCeiling).failure)
        #expect(failure.first.message == "memory limit reached: add would make a tensor of 1048576 elements, past the ceiling of 1 MB for tensors")
        #expect(failure.first.position.column == marked.column)
    }

    @Test func tensorsKeptAliveStopAtTheCeilingAndTheSessionRecovers() {
        let session = ScriptSession()
        let outcome = session.run("var keep: [Tensor] = []\nfor _ in 0..<1000 { keep.append(Tensor.zeros([1024])) }", limits: Self.smallTensorCeiling)
        #expect(outcome.failure?.first.message == "memory limit reached: tensors hold more than 1 MB")
        // The failed block's tensors were freed with it, so the next block has the whole budget.
        #expect(session.run("Tensor.zeros([1000]).count", limits: Self.smallTensorCeiling).value?.text == "1000")
    }
}

extension RuntimeErrorTests {
    /// Int arithmetic compiled to plain Ints still reports overflow with its operands, at the operator.
    @Test func overflowInsideAFunctionNamesItsOperands() throws {
        try expectFailure("func square(_ n: Int) -> Int { n 1️⃣* n }\nsquare(4_000_000_000)",
                          "arithmetic overflow: 4000000000 * 4000000000 does not fit in Int")
    }
}

extension RuntimeErrorTests {
    /// An error deep in a recursion unwinds every call's frame; the session's next block calls the same functions.
    @Test func anErrorDeepInARecursionLeavesTheSessionUsable() {
        let session = ScriptSession()
        _ = session.run("func walk(_ n: Int, _ f: (Int) -> Int) -> Int { n == 0 ? f(0) : walk(n - 1, f) + f(n) }")
        let failure = session.run("walk(40) { [1, 2][$0 % 3 == 2 ? 5 : 0] }").failure
        #expect(failure?.first.message == "index out of range: index 5 in an array of 2 elements")
        #expect(session.run("walk(3) { $0 * 2 }").value?.text == "12")
    }
}
