import Foundation

/// Golden files: expected output kept beside the tests and reviewed as diffs.
/// `RECORD_SNAPSHOTS=1 swift test` rewrites them from what the code makes now.
public enum Golden {
    /// What the golden file holds, or, when recording, the given text after writing it there.
    /// - Parameters:
    ///   - folder: the folder of golden files, `Golden/` beside the calling test file by default.
    public static func expected(_ actual: String, named name: String, folder: URL) throws -> String {
        let file = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            return actual
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return "(no golden file \(name): record it with RECORD_SNAPSHOTS=1 swift test)"
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The `Golden/` folder beside a test file.
    public static func folder(beside filePath: String) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }
}
