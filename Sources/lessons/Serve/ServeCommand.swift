import ArgumentParser
import FlyingFox
import FlyingSocks
import Foundation
import LessonKit

/// `lessons serve`: a live preview. Builds the course into a folder of its
/// own (the committed site is left alone), serves it on 127.0.0.1 only,
/// rebuilds through the run cache when a lesson or `course.yml` changes,
/// and the open page reloads itself. A failing lesson shows its errors in
/// its page; the server keeps going.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the course: build it, serve it on 127.0.0.1, rebuild and reload on every change."
    )

    @Option(help: "The folder of lessons (*.md).")
    var lessons = "Lessons"

    @Option(help: "The port to listen on; 0 takes any free one.")
    var port: UInt16 = 8000

    @Option(help: "The folder the preview is built into.")
    var output = ".build/lessons-preview"

    func run() async throws {
        let builds = Builds()
        try Self.build(lessons: lessons, output: output, counting: builds)
        let watcher = FolderWatcher(folder: lessons) { [lessons, output] in
            do {
                try ServeCommand.build(lessons: lessons, output: output, counting: builds)
            } catch {
                printError("\(error)")
            }
        }
        try watcher.start()

        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled,
                                handler: PreviewHandler(files: SiteFiles(root: output), builds: builds))
        let serving = Task { try await server.run() }
        do {
            try await server.waitUntilListening()
        } catch {
            // The server's own failure (the port is taken, say) says more than the wait's time-out.
            if case .failure(let reason) = await serving.result {
                let why = if case SocketError.failed(_, _, let message) = reason { message } else { "\(reason)" }
                printError("error: cannot serve on 127.0.0.1:\(port): \(why) (--port 0 takes a free port)")
                throw ExitCode.failure
            }
            throw error
        }
        let address = await server.listeningAddress
        let actual = address.flatMap(Self.port(of:)) ?? port
        // Written straight through: a test or a script reads the address from a pipe.
        FileHandle.standardOutput.write(Data("serving \(lessons)/ at http://127.0.0.1:\(actual)/ (Ctrl-C stops)\n".utf8))
        await Self.interrupted()
        await server.stop(timeout: 1)
        serving.cancel()
        printError("stopped")
    }

    /// Runs what changed and writes every page, failing lessons with their
    /// errors in place; then counts the build, which tells open pages to reload.
    static func build(lessons: String, output: String, counting builds: Builds) throws {
        let course = try LoadedCourse(folder: lessons)
        let runs = runLessons(course.lessons, useCache: true)
        let site = Site(runs: runs, courseTitle: course.settings.title, author: course.settings.author)
        try LessonFiles.replaceFolder(output, with: LessonFiles.files(of: site))
        let failed = runs.filter(\.failed).map(\.lesson.source.path) + course.failures
        printError(failed.isEmpty ? "built \(runs.count) lesson(s)" : "built, with errors in: \(failed.joined(separator: ", "))")
        builds.advance()
    }

    private static func port(of address: Socket.Address) -> UInt16? {
        if case .ip4(_, let port) = address { return port }
        if case .ip6(_, let port) = address { return port }
        return nil
    }

    /// Returns on Ctrl-C (SIGINT) or SIGTERM.
    private static func interrupted() async {
        let once = Once()
        var sources: [any DispatchSourceSignal] = []
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
                source.setEventHandler { if once.first() { continuation.resume() } }
                source.resume()
                sources.append(source)
            }
        }
        sources.forEach { $0.cancel() }
    }
}

/// The number of builds done, which a page's reload script waits on.
final class Builds: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()

    var version: Int { lock.withLock { count } }
    func advance() { lock.withLock { count += 1 } }
}

/// Serves the preview's files and answers the reload script.
struct PreviewHandler: HTTPHandler {
    let files: SiteFiles
    let builds: Builds

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else { return HTTPResponse(statusCode: .methodNotAllowed) }
        if request.path == ReloadEndpoint.path {
            // A long poll: answers at once when the page is out of date, else at the next build or in 25 s.
            let seen = request.query.first { $0.name == "version" }.flatMap { Int($0.value) } ?? -1
            for _ in 0..<125 where builds.version == seen {
                try await Task.sleep(for: .milliseconds(200))
            }
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain", .cacheControl: "no-store"],
                                body: Data(String(builds.version).utf8))
        }
        guard let file = files.file(for: request.path), let data = try? Data(contentsOf: file) else {
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/plain"], body: Data("not found\n".utf8))
        }
        let type = SiteFiles.contentType(of: file)
        let body = type.hasPrefix("text/html") ? SiteFiles.withReload(data, version: builds.version) : data
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: body)
    }
}

/// True for the first of several calls only.
private final class Once: @unchecked Sendable {
    private var done = false
    private let lock = NSLock()

    func first() -> Bool {
        lock.withLock {
            defer { done = true }
            return !done
        }
    }

}
