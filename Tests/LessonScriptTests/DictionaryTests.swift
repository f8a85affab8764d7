import Testing
import LessonScript
import TestSupport

/// Dictionaries: Swift's semantics, with insertion order so output is reproducible.
struct DictionaryTests {
    @Test func countingWithADefault() {
        let code = "var counts: [String: Int] = [:]\nfor w in [\"a\", \"b\", \"a\"] { counts[w, default: 0] += 1 }\ncounts"
        #expect(run(code).value?.text == "[\"a\": 2, \"b\": 1]")
    }

    @Test func aMissingKeyIsNilAndAssigningNilRemoves() {
        let code = "var d = [\"x\": 1, \"y\": 2]\nd[\"x\"] = nil\nprint(d[\"x\"] ?? -1, d.count)\nd[\"z\"]"
        let outcome = run(code)
        #expect(outcome.output == "-1 1\n")
        #expect(outcome.value?.text == "nil")
    }

    @Test func groupingAppendsInPlace() {
        let code = "var groups: [Int: [String]] = [:]\nfor s in [\"ab\", \"c\", \"de\"] { groups[s.count, default: []].append(s) }\ngroups"
        #expect(run(code).value?.text == "[2: [\"ab\", \"de\"], 1: [\"c\"]]")
    }

    @Test func equalityIgnoresOrder() {
        #expect(run("[1: \"a\", 2: \"b\"] == [2: \"b\", 1: \"a\"]").value?.text == "true")
    }

    @Test func iterationSeesLabeledPairs() {
        #expect(run("var s = 0\nfor (k, v) in [1: 10, 2: 20] { s += k * v }\ns").value?.text == "50")
        #expect(run("[\"b\": 2, \"a\": 1].sorted { $0.key < $1.key }.map { $0.value }").value?.text == "[1, 2]")
    }

    @Test(arguments: [
        ("let d = 1️⃣[\"a\": 1, \"a\": 2]", "dictionary literal contains duplicate keys: \"a\""),
        ("let d: [String: Int] = [\"a\": 1]\nlet n: Int = 1️⃣d[\"a\"]", "cannot convert value of type 'Int?' to specified type 'Int'"),
        ("let d = 1️⃣[:]", "empty dictionary literal requires an explicit type, such as 'let counts: [String: Int] = [:]'"),
        ("let d: [1️⃣[Int]: Int] = [:]", "type '[Int]' does not conform to protocol 'Hashable'; dictionary keys are Int, Double, Float, Bool or String"),
        ("let d = [\"a\": 1]\nd1️⃣[\"b\"] = 2", "cannot assign through subscript: 'd' is a 'let' constant"),
        ("let d = [\"a\": 1]\nlet e = d.1️⃣filter { $0.value > 0 }", "'filter' on a dictionary is not supported in lesson code; filter its keys or its pairs instead"),
    ])
    func refusedWithMessageAtPosition(source: String, message: String) throws {
        try expectFailure(source, message)
    }
}
