import Foundation

/// Runs the built `lessons` executable, as a user would, and captures what it prints.
struct LessonsCommand {
    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The folder of the test bundle, where SwiftPM also puts the executable.
    private static var productsDirectory: URL {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        #endif
        return Bundle.main.bundleURL
    }

    static func run(_ arguments: String..., in directory: URL = fixtures) throws -> Result {
        try runProcess(productsDirectory.appendingPathComponent("lessons"), arguments, in: directory)
    }

    /// Starts the tool and leaves it running: its output is a pipe to read
    /// as it comes, its errors go nowhere.
    static func start(_ arguments: String..., in directory: URL) throws -> Process {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("lessons")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = Pipe()
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs a program to its end and captures what it prints.
    static func runProcess(_ executable: URL, _ arguments: [String], in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Read before waiting, so a full pipe cannot stall the child.
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self), status: process.terminationStatus)
    }
}
