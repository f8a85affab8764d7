import Foundation
import Testing

struct BuildCommandTests {
    /// A scratch folder holding a copy of the given fixtures as `Lessons/`.
    private func workspace(_ fixtures: [String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-build-\(UUID().uuidString)")
        let lessons = root.appendingPathComponent("Lessons")
        try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
        for name in fixtures {
            try FileManager.default.copyItem(
                at: LessonsCommand.fixtures.appendingPathComponent(name),
                to: lessons.appendingPathComponent(name)
            )
        }
        return root
    }

    private func contents(of folder: URL) throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        return try Dictionary(uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) })
    }

    @Test func buildWritesThePagesAndIsReproducible() throws {
        let root = try workspace(["ok.md"])
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try LessonsCommand.run("build", in: root)
        #expect(first.status == 0)
        #expect(first.stdout == "")
        let site = root.appendingPathComponent("site")
        let built = try contents(of: site)
        #expect(built.keys.sorted() == ["index.html", "ok.html", "search-index.js", "search.js", "style.css"])
        #expect(String(decoding: built["ok.html"]!, as: UTF8.self).contains("<pre class=\"stdout\">x is 3.5\n</pre>"))

        #expect(try LessonsCommand.run("build", in: root).status == 0)
        #expect(try contents(of: site) == built)
    }

    @Test func aFailingLessonLeavesThePreviousSiteAlone() throws {
        let root = try workspace(["ok.md"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try LessonsCommand.run("build", "--output", "out", in: root).status == 0)
        let before = try contents(of: root.appendingPathComponent("out"))

        try FileManager.default.copyItem(
            at: LessonsCommand.fixtures.appendingPathComponent("division-by-zero.md"),
            to: root.appendingPathComponent("Lessons/division-by-zero.md")
        )
        let failed = try LessonsCommand.run("build", "--output", "out", in: root)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("Lessons/division-by-zero.md:5:18: error: division by zero"))
        #expect(failed.stderr.contains("1 lesson(s) failed, out/ left unchanged"))
        #expect(try contents(of: root.appendingPathComponent("out")) == before)
    }

    @Test func aMissingLessonsFolderIsAUsageError() throws {
        let root = try workspace([])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try LessonsCommand.run("build", "--lessons", "Nope", in: root)
        #expect(result.status == 64)
        #expect(result.stderr.contains("cannot read the lessons folder 'Nope'"))
    }
}

extension BuildCommandTests {
    /// An unchanged lesson takes its last run's results from the cache, giving the same site;
    /// an edited one, or `--no-cache`, runs again.
    @Test func unchangedLessonsAreNotRunAgain() throws {
        let root = try workspace(["ok.md"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try LessonsCommand.run("build", in: root).stderr.contains("ran Lessons/ok.md"))
        let site = root.appendingPathComponent("site")
        let built = try contents(of: site)

        let cached = try LessonsCommand.run("build", in: root)
        #expect(cached.stderr.contains("cached Lessons/ok.md"))
        #expect(try contents(of: site) == built)

        #expect(try LessonsCommand.run("build", "--no-cache", in: root).stderr.contains("ran Lessons/ok.md"))
        let lesson = root.appendingPathComponent("Lessons/ok.md")
        try (String(contentsOf: lesson, encoding: .utf8) + "\nOne more line.\n").write(to: lesson, atomically: true, encoding: .utf8)
        #expect(try LessonsCommand.run("build", in: root).stderr.contains("ran Lessons/ok.md"))
    }
}
