import ArgumentParser
import CExchange
import Foundation
import LessonKit

/// The only place that touches the file system: reading lessons and
/// replacing the site folder.
enum LessonFiles {
    static func readLesson(at path: String) throws -> LessonSource {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read lesson '\(path)': no such file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("cannot read lesson '\(path)': it is not UTF-8 text")
        }
        return LessonSource(path: path, text: text)
    }

    /// The folder's `course.yml`, or the defaults when there is none; a malformed one is an error at its line.
    static func readCourse(in folder: String) throws -> CourseSettings {
        let path = (folder.hasSuffix("/") ? folder : folder + "/") + "course.yml"
        guard FileManager.default.fileExists(atPath: path) else { return CourseSettings() }
        do {
            return try CourseSettings(try readLesson(at: path))
        } catch let error as LessonDiagnostic {
            printDiagnostic(error)
            throw ExitCode.failure
        }
    }

    /// The folder's `*.md` lessons in file-name order.
    static func readFolder(_ folder: String) throws -> [LessonSource] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw ValidationError("cannot read the lessons folder '\(folder)'")
        }
        let directory = folder.hasSuffix("/") ? folder : folder + "/"
        return try names.filter { $0.hasSuffix(".md") }.sorted().map { try readLesson(at: directory + $0) }
    }

    /// Writes `files` (paths relative to the folder) beside the target
    /// folder, then swaps the two in one atomic step, so a reader never sees a
    /// half-written or missing folder and a failed write leaves the old one.
    /// (Where the system cannot swap, or there is no old folder, the new one
    /// is renamed into place.)
    static func replaceFolder(_ folder: String, with files: [String: Data]) throws {
        let fileManager = FileManager.default
        let target = URL(fileURLWithPath: folder).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let suffix = "\(ProcessInfo.processInfo.processIdentifier)"
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).new-\(suffix)")
        let retired = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(suffix)")
        try? fileManager.removeItem(at: staging)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        do {
            for (path, contents) in files.sorted(by: { $0.key < $1.key }) {
                let file = staging.appendingPathComponent(path)
                try fileManager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try contents.write(to: file)
            }
            if fileManager.fileExists(atPath: target.path), lessons_exchange_paths(staging.path, target.path) == 0 {
                // The old folder is now at the staging path.
                try? fileManager.removeItem(at: staging)
                return
            }
            if fileManager.fileExists(atPath: target.path) {
                try fileManager.moveItem(at: target, to: retired)
            }
            try fileManager.moveItem(at: staging, to: target)
            try? fileManager.removeItem(at: retired)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
    }

    /// A site's files as bytes to write.
    static func files(of site: Site, under prefix: String = "") -> [String: Data] {
        Dictionary(uniqueKeysWithValues: site.files.map { (prefix + $0.key, Data($0.value.utf8)) })
    }

    /// Every file below `folder`, by path relative to it: what a package copies as it is.
    static func readTree(_ folder: String) throws -> [String: Data] {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        let paths = try FileManager.default.subpathsOfDirectory(atPath: root.path)
        var files: [String: Data] = [:]
        for path in paths.sorted() {
            var isDirectory: ObjCBool = false
            let url = root.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[path] = try Data(contentsOf: url)
        }
        return files
    }
}

extension LessonFiles {
    /// Where the build keeps lessons' results between runs.
    static let cacheFolder = ".lessons-cache"

    /// The running tool's identity for the cache: its executable's size and
    /// modification time, which change with any rebuild (engine and language included).
    static var toolVersion: String {
        let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size)-\(modified)"
    }

    static func cachedRun(_ key: String) -> Data? {
        FileManager.default.contents(atPath: "\(cacheFolder)/\(key).json")
    }

    /// Stores a run's results; a cache that cannot be written only costs a rerun next time.
    static func storeRun(_ key: String, _ entry: Data) {
        try? FileManager.default.createDirectory(atPath: cacheFolder, withIntermediateDirectories: true)
        try? entry.write(to: URL(fileURLWithPath: "\(cacheFolder)/\(key).json"), options: .atomic)
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// A problem on standard error, coloured when a person watches.
func printDiagnostic(_ diagnostic: LessonDiagnostic) {
    printError(diagnostic.formatted(Terminal.style(for: STDERR_FILENO)))
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
