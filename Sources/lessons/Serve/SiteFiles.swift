import Foundation

/// The files of a built site as a server hands them out: only files inside
/// the site's folder (a path that climbs out of it, however spelled, is
/// nothing), folders by their `index.html`, and HTML pages with the
/// live-reload script added, so the written site itself stays script-free.
struct SiteFiles: Sendable {
    let root: URL

    init(root: String) {
        self.root = URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL
    }

    /// The file a request path names, or nil when it names none inside the site.
    func file(for requestPath: String) -> URL? {
        guard let decoded = requestPath.removingPercentEncoding, !decoded.contains("\0") else { return nil }
        var relative = decoded.split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/")
        if relative.isEmpty || decoded.hasSuffix("/") { relative += relative.isEmpty ? "index.html" : "/index.html" }
        let file = root.appendingPathComponent(relative).standardizedFileURL
        guard file.path.hasPrefix(root.path + "/") else { return nil }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
        return file
    }

    static func contentType(of file: URL) -> String {
        switch file.pathExtension {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        default: "application/octet-stream"
        }
    }

    /// A page with the script that waits for the next build and reloads.
    static func withReload(_ page: Data, version: Int) -> Data {
        let script = """
        <script>(function(){function wait(){fetch("\(ReloadEndpoint.path)?version=\(version)")\
        .then(function(r){return r.text()}).then(function(v){if(v!=="\(version)"){location.reload()}else{wait()}})\
        .catch(function(){setTimeout(wait,1000)})}wait()})();</script>
        """
        guard var text = String(data: page, encoding: .utf8) else { return page }
        if let end = text.range(of: "</body>", options: .backwards) {
            text.insert(contentsOf: script, at: end.lowerBound)
        } else {
            text += script
        }
        return Data(text.utf8)
    }
}

/// Where a served page asks whether the site has been rebuilt since its version.
enum ReloadEndpoint {
    static let path = "/__lessons/wait"
}
