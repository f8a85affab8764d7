import Testing
import LessonScript

/// Blocks share one global scope, as notebook cells do.
struct ScriptSessionTests {
    @Test func laterBlocksSeeEarlierDeclarations() {
        let session = ScriptSession()
        #expect(session.run("var count = 1\nfunc bump() { count += 1 }").failure == nil)
        #expect(session.run("bump()\nbump()").failure == nil)
        #expect(session.run("count").value?.text == "3")
    }

    @Test func redeclaringAGlobalInALaterBlockIsAnError() {
        let session = ScriptSession()
        _ = session.run("let rate = 0.1")
        #expect(session.run("let rate = 0.2").failure?.first.message == "invalid redeclaration of 'rate'")
    }

    @Test func aFailedBlockDeclaresNothing() {
        let session = ScriptSession()
        _ = session.run("let kept = 1")
        #expect(session.run("let dropped = 2\nlet zero = 0\nlet oops = 1 / zero").failure != nil)
        #expect(session.run("dropped").failure?.first.message == "cannot find 'dropped' in scope")
        #expect(session.run("let dropped = 3\ndropped + kept").value?.text == "4")
    }

    @Test func errorsInsideAFunctionPointIntoTheBlockThatDeclaredIt() throws {
        let session = ScriptSession()
        _ = session.run("func ratio(_ a: Int, _ b: Int) -> Int {\n    a / b\n}")
        let failure = try #require(session.run("let r = ratio(1, 0)").failure)
        #expect(failure.first.position == SourcePosition(unit: 0, line: 2, column: 7))
    }
}
