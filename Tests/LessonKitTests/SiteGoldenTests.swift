import Foundation
import LessonKit
import TestSupport
import Testing

/// The test course's site against golden files: every page, the stylesheet
/// and the search index (`RECORD_SNAPSHOTS=1 swift test` rewrites them;
/// review the diff).
struct SiteGoldenTests {
    static let course = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../lessonsTests/Fixtures/course").standardizedFileURL

    static let site: Site = {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: course.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        let runs = names.compactMap { name -> LessonRun? in
            guard let text = try? String(contentsOf: course.appendingPathComponent(name), encoding: .utf8),
                  let lesson = try? Lesson(LessonSource(path: "Lessons/" + name, text: text)) else { return nil }
            return LessonRunner().run(lesson)
        }
        return Site(runs: runs, courseTitle: "A course to test the site with", author: "The tests")
    }()

    @Test(arguments: ["index.html", "01-showcase.html", "02-second.html", "style.css", "search-index.js", "search.js"])
    func fileMatchesItsGoldenFile(name: String) throws {
        let built = try #require(Self.site.files[name])
        #expect(built == (try Golden.expected(built, named: name, folder: Golden.folder(beside: #filePath))))
    }
}
