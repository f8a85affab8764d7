import Foundation
import Testing
import LessonScript

/// Lesson code means what it means to Swift: each program of the corpus must
/// print exactly what the real compiler's build of it printed
/// (`Scripts/record-conformance.sh` records that; this test only compares).
struct ConformanceTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Conformance")

    static var programs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".swift") }.map { String($0.dropLast(6)) }.sorted()
    }

    @Test func theCorpusIsThere() {
        #expect(Self.programs.count >= 150)
    }

    @Test(arguments: programs)
    func printsWhatSwiftPrints(program: String) throws {
        let code = try String(contentsOf: Self.folder.appendingPathComponent(program + ".swift"), encoding: .utf8)
        let expected = try String(contentsOf: Self.folder.appendingPathComponent(program + ".expected"), encoding: .utf8)
        let outcome = ScriptSession().run(code)
        #expect(outcome.failure == nil, "\(outcome.failure?.first.message ?? "")")
        #expect(outcome.output == expected)
    }
}
