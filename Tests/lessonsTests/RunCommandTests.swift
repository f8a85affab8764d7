import Foundation
import Testing

struct RunCommandTests {
    @Test func aCleanLessonPrintsItsOutputsAndSucceeds() throws {
        let result = try LessonsCommand.run("run", "ok.md")
        #expect(result.stdout == """
        ── block 1, line 9 ────────────────────────────────────────
        x is 3.5
        ── block 2, line 14 ────────────────────────────────────────
        → 7.0
        ok.md: 2 ok, 0 failed, 0 not run

        """)
        #expect(result.stderr == "")
        #expect(result.status == 0)
    }

    /// The three failing fixtures, each reported at its true line and column in JSON.
    @Test(arguments: [
        ("syntax-error.md", 5, 15, "expected ')' to end tuple"),
        ("unknown-name.md", 9, 14, "cannot find 'learningRat' in scope; did you mean 'learningRate'?"),
        ("division-by-zero.md", 5, 18, "division by zero"),
    ])
    func failuresAreReportedAtTheirLocation(file: String, line: Int, column: Int, message: String) throws {
        let result = try LessonsCommand.run("run", file, "--json")
        #expect(result.status == 1)
        #expect(result.stderr == "")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["lesson"] as? String == file)
        let blocks = try #require(report["blocks"] as? [[String: Any]])
        let failed = try #require(blocks.first { $0["status"] as? String == "error" })
        let error = try #require(failed["error"] as? [String: Any])
        #expect(error["message"] as? String == message)
        #expect(error["line"] as? Int == line)
        #expect(error["column"] as? Int == column)
        let after = blocks.drop { $0["status"] as? String != "error" }.dropFirst()
        #expect(after.allSatisfy { $0["status"] as? String == "skipped" })
    }

    @Test func outputBeforeARuntimeErrorIsKept() throws {
        let result = try LessonsCommand.run("run", "division-by-zero.md")
        #expect(result.stdout.contains("5\ndivision-by-zero.md:5:18: error: division by zero\n    return total / count\n                 ^\n"))
        #expect(result.status == 1)
    }

    @Test func aMissingLessonIsAUsageError() throws {
        let result = try LessonsCommand.run("run", "nowhere.md")
        #expect(result.status == 64)
        #expect(result.stderr.contains("cannot read lesson 'nowhere.md': no such file"))
    }

    @Test func anUnknownOptionIsAUsageError() throws {
        #expect(try LessonsCommand.run("run", "ok.md", "--colour").status == 64)
        #expect(try LessonsCommand.run("launch").status == 64)
    }
}
