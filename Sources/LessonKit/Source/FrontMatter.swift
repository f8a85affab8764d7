import Yams

/// The YAML header of a lesson, between `---` lines at the very top. Every
/// field is optional.
struct FrontMatter {
    var title: String?
    var summary: String?
    var seed: UInt64?
    /// How many lines of the file the header takes, delimiters included.
    var lineCount = 0
    var warnings: [LessonDiagnostic] = []

    static let knownKeys = ["title", "summary", "seed"]

    /// Reads the header of `source`; a malformed header is an error at its line.
    init(source: LessonSource) throws(LessonDiagnostic) {
        let lines = source.lines
        guard lines.first?.trimmingTrailingSpaces() == "---" else { return }
        guard let end = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmingTrailingSpaces()) }) else {
            throw source.diagnostic(.error, "front matter is not closed: add a '---' line after it", line: 1, column: 1)
        }
        lineCount = end + 1
        let yaml = lines[1..<end].joined(separator: "\n")
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw source.diagnostic(forYAMLError: error, in: "front matter")
        }
        guard let root else { return }
        guard let mapping = root.mapping else {
            throw source.diagnostic(.error, "front matter must be a list of 'key: value' lines", at: root.mark)
        }
        for (key, value) in mapping {
            try read(key: key, value: value, source: source)
        }
    }

    private mutating func read(key: Node, value: Node, source: LessonSource) throws(LessonDiagnostic) {
        let name = key.string ?? ""
        switch name {
        case "title":
            title = try text(value, name, source)
        case "summary":
            summary = try text(value, name, source)
        case "seed":
            guard let seed = value.scalar.flatMap({ UInt64($0.string) }) else {
                throw source.diagnostic(.error, "front matter 'seed' must be a whole number from 0 up", at: value.mark)
            }
            self.seed = seed
        default:
            let known = Self.knownKeys.map { "'\($0)'" }.joined(separator: ", ")
            warnings.append(source.diagnostic(.warning, "unknown front matter key '\(name)'; known keys are \(known)", at: key.mark))
        }
    }

    private func text(_ value: Node, _ name: String, _ source: LessonSource) throws(LessonDiagnostic) -> String {
        guard let scalar = value.scalar else {
            throw source.diagnostic(.error, "front matter '\(name)' must be text", at: value.mark)
        }
        return scalar.string
    }

}

extension LessonSource {
    /// YAML's own errors, at their place in the file: `part` names the YAML
    /// ("front matter", "course.yml"), which starts on the file's line `firstLine`.
    func diagnostic(forYAMLError error: any Error, in part: String, firstLine: Int = 2) -> LessonDiagnostic {
        switch error as? YamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return diagnostic(.error, "\(part): \(problem)", at: mark, firstLine: firstLine)
        default:
            return diagnostic(.error, "\(part): \(error)", line: firstLine, column: 1)
        }
    }

    /// A diagnostic at a YAML mark (libyaml counts lines from 1) in YAML that
    /// starts on the file's line `firstLine`: a front matter header's is 2.
    func diagnostic(_ severity: LessonDiagnostic.Severity, _ message: String, at mark: Mark?, firstLine: Int = 2) -> LessonDiagnostic {
        let line = (mark?.line ?? 1) + firstLine - 1
        // libyaml counts columns in Unicode scalars; lessons count UTF-8 bytes.
        let scalars = max(0, (mark?.column ?? 1) - 1)
        let text = lines.indices.contains(line - 1) ? lines[line - 1] : ""
        let column = String(text.unicodeScalars.prefix(scalars)).utf8.count + 1
        return diagnostic(severity, message, line: line, column: column)
    }
}

extension StringProtocol {
    func trimmingTrailingSpaces() -> String {
        String(reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
