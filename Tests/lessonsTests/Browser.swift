import Foundation

/// Headless Chromium, as a reader's browser: a screenshot of a page, and its
/// DOM after its scripts ran with what they logged to the console. CI
/// installs it (`.ci/run`) and sets `LESSONS_REQUIRE_BROWSER=1`, so there its
/// absence fails the tests; elsewhere they run where a Chromium is found.
enum Browser {
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }()

    static let isRequired = ProcessInfo.processInfo.environment["LESSONS_REQUIRE_BROWSER"] == "1"

    struct Page {
        /// The DOM after the page's scripts ran.
        var html: String
        /// What the page logged to its console, errors included.
        var console: [String]
    }

    static func screenshot(_ page: URL, to file: URL, width: Int = 1000, height: Int = 1400) throws {
        _ = try run(["--window-size=\(width),\(height)", "--hide-scrollbars", "--screenshot=\(file.path)", page.absoluteString])
    }

    static func load(_ page: URL) throws -> Page {
        let (stdout, stderr) = try run(["--dump-dom", page.absoluteString])
        let console = stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        return Page(html: stdout, console: console)
    }

    private static func run(_ arguments: [String]) throws -> (String, String) {
        guard let executable else { throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "no Chromium found on PATH"]) }
        // A profile of its own, so browsers started by tests running side by side do not share one.
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-browser-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let result = try LessonsCommand.runProcess(URL(fileURLWithPath: executable), [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--enable-logging=stderr", "--v=0", "--user-data-dir=\(profile.path)",
        ] + arguments)
        return (result.stdout, result.stderr)
    }
}
