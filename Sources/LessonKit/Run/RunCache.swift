import Foundation

/// What the build keeps of a lesson's run so an unchanged lesson is not run
/// again: its block results, under a key made of the lesson's path and text
/// and the version of the tool that ran it (engine and language included).
/// The command-line tool stores the entries; this only makes and reads them.
public enum RunCache {
    /// A key for a lesson and a tool version: 16 hex digits (FNV-1a, 64 bits).
    public static func key(for source: LessonSource, version: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in [source.path, source.text, version].joined(separator: "\u{0}").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(hash, radix: 16).leftPadded(to: 16)
    }

    /// A run's results as the bytes to store.
    public static func entry(for run: LessonRun) -> Data {
        // Encoding strings, numbers and arrays of them cannot fail.
        try! JSONEncoder().encode(Entry(blocks: run.blocks, exercises: run.exercises))
    }

    /// The run a stored entry holds, or nil when it cannot be read (then the lesson runs again).
    public static func run(of lesson: Lesson, from entry: Data) -> LessonRun? {
        guard let entry = try? JSONDecoder().decode(Entry.self, from: entry) else { return nil }
        return LessonRun(lesson: lesson, blocks: entry.blocks, exercises: entry.exercises)
    }

    private struct Entry: Codable {
        var blocks: [BlockResult]
        var exercises: [ExerciseResult]
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
