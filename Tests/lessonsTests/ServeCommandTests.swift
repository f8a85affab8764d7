import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// `lessons serve` end to end: the built tool serves a copy of the fixture
/// course on a free port, picks up an edit, refuses paths outside the site,
/// and stops on Ctrl-C.
struct ServeCommandTests {
    @Test(.timeLimit(.minutes(2)))
    func servesRebuildsAfterAnEditAndRefusesPathsOutsideTheSite() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: LessonsCommand.fixtures.appendingPathComponent("course"), to: folder.appendingPathComponent("Lessons"))

        let server = try LessonsCommand.start("serve", "--lessons", "Lessons", "--port", "0", "--output", "preview", in: folder)
        defer { if server.isRunning { server.terminate() } }
        let base = try #require(try await Self.address(from: server))

        let index = try await Self.fetch(base + "index.html")
        #expect(index.status == 200 && index.body.contains("01-showcase.html"))
        let page = try await Self.fetch(base + "02-second.html")
        #expect(page.body.contains("<script>"), "served pages carry the reload script")
        let written = try String(contentsOf: folder.appendingPathComponent("preview/02-second.html"), encoding: .utf8)
        #expect(!written.contains("<script>"), "the written site stays script-free")

        // An edit is served within a bounded time, and the waiting page hears of it.
        let lesson = folder.appendingPathComponent("Lessons/02-second.md")
        let text = try String(contentsOf: lesson, encoding: .utf8)
        try text.replacingOccurrences(of: "# The second lesson", with: "# The second lesson, edited").write(to: lesson, atomically: true, encoding: .utf8)
        var edited = false
        for _ in 0..<100 where !edited {
            try await Task.sleep(for: .milliseconds(200))
            edited = try await Self.fetch(base + "02-second.html").body.contains("The second lesson, edited")
        }
        #expect(edited, "the edited lesson is served within 20 s")
        #expect(try await Self.fetch(base + "__lessons/wait?version=1").body != "1", "the reload endpoint reports the new build")

        // A lesson that fails is served with its error in place; the server keeps going.
        try (text + "\n```swift\nlet broken: Int = \"text\"\n```\n").write(to: lesson, atomically: true, encoding: .utf8)
        var showsError = false
        for _ in 0..<100 where !showsError {
            try await Task.sleep(for: .milliseconds(200))
            showsError = try await Self.fetch(base + "02-second.html").body.contains("cannot convert value of type")
        }
        #expect(showsError, "the failing block's error is on the served page")
        #expect(try await Self.fetch(base + "index.html").status == 200)

        // However a path climbs out of the site, nothing outside it is served.
        let port = try #require(Int(base.split(separator: ":").last?.dropLast() ?? ""))
        for path in ["/../Lessons/course.yml", "/%2e%2e/Lessons/course.yml", "/..%2fLessons%2f02-second.md", "//etc/passwd", "/preview/../../Lessons/course.yml"] {
            let status = try Self.rawStatus(path, port: port)
            #expect(status == 404, "\(path) answered \(status)")
        }

        kill(server.processIdentifier, SIGINT)
        server.waitUntilExit()
        #expect(server.terminationStatus == 0, "Ctrl-C stops the server cleanly")
    }

    /// The address the server prints once it listens.
    private static func address(from server: Process) async throws -> String? {
        guard let pipe = server.standardOutput as? Pipe else { return nil }
        var seen = ""
        for _ in 0..<600 {
            let data = pipe.fileHandleForReading.availableData
            if data.isEmpty { try await Task.sleep(for: .milliseconds(100)); continue }
            seen += String(decoding: data, as: UTF8.self)
            if let range = seen.range(of: #"http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression) { return String(seen[range]) }
        }
        return nil
    }

    private static func fetch(_ url: String) async throws -> (status: Int, body: String) {
        let (data, response) = try await URLSession.shared.data(from: try #require(URL(string: url)))
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// A GET sent as written, byte for byte: URL types would resolve the dots first.
    private static func rawStatus(_ path: String, port: Int) throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, 0) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(socket, &buffer, buffer.count, 0)
        let head = String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self)
        return Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}
