import Yams

/// `Lessons/course.yml`, optional: the course's title and author, and the
/// lessons' order when file-name order is not wanted.
///
/// ```yaml
/// title: Deep learning by running it
/// author: The lessons team
/// order: [01-neuron.md, 02-perceptron.md]
/// ```
public struct CourseSettings: Sendable {
    public var title = "Lessons"
    public var author: String?
    /// Lesson file names in the order wanted; lessons not named follow, in file-name order.
    public var order: [(name: String, line: Int, column: Int)] = []
    /// Problems that do not stop the build, such as unknown keys.
    public var warnings: [LessonDiagnostic] = []
    let source: LessonSource?

    static let knownKeys = ["title", "author", "order"]

    /// The settings of a course without a `course.yml`.
    public init() {
        source = nil
    }

    /// Reads `course.yml`; a malformed file is an error at its line.
    public init(_ source: LessonSource) throws(LessonDiagnostic) {
        self.source = source
        let root: Node?
        do {
            root = try Yams.compose(yaml: source.text)
        } catch {
            throw source.diagnostic(forYAMLError: error, in: "course.yml", firstLine: 1)
        }
        guard let root else { return }
        guard let mapping = root.mapping else {
            throw source.diagnostic(.error, "course.yml must be a list of 'key: value' lines", at: root.mark, firstLine: 1)
        }
        for (key, value) in mapping {
            switch key.string ?? "" {
            case "title":
                guard let text = value.scalar?.string, !text.isEmpty else {
                    throw source.diagnostic(.error, "course.yml 'title' must be text", at: value.mark, firstLine: 1)
                }
                title = text
            case "author":
                guard let text = value.scalar?.string else {
                    throw source.diagnostic(.error, "course.yml 'author' must be text", at: value.mark, firstLine: 1)
                }
                author = text
            case "order":
                guard let names = value.sequence else {
                    throw source.diagnostic(.error, "course.yml 'order' must be a list of lesson files, as in [01-neuron.md]", at: value.mark, firstLine: 1)
                }
                for name in names {
                    guard let text = name.scalar?.string else {
                        throw source.diagnostic(.error, "course.yml 'order' must list file names", at: name.mark, firstLine: 1)
                    }
                    let position = source.diagnostic(.error, "", at: name.mark, firstLine: 1)
                    order.append((text, position.line, position.column))
                }
            default:
                let known = Self.knownKeys.map { "'\($0)'" }.joined(separator: ", ")
                warnings.append(source.diagnostic(.warning, "unknown course.yml key '\(key.string ?? "")'; known keys are \(known)", at: key.mark, firstLine: 1))
            }
        }
    }

    /// The lessons in course order: those `order` names first, as it names them,
    /// then the others by file name. A name with no lesson is an error at its place.
    public func ordered(_ lessons: [LessonSource]) throws(LessonDiagnostic) -> [LessonSource] {
        var remaining = lessons
        var ordered: [LessonSource] = []
        for entry in order {
            guard let index = remaining.firstIndex(where: { $0.fileName == entry.name }) else {
                let message = "course.yml 'order' names '\(entry.name)', which is not a lesson in the folder (or is named twice)"
                throw source?.diagnostic(.error, message, line: entry.line, column: entry.column)
                    ?? LessonDiagnostic(.error, message, file: "course.yml", line: 1, column: 1, sourceLine: "")
            }
            ordered.append(remaining.remove(at: index))
        }
        return ordered + remaining
    }
}

extension LessonSource {
    /// The file name with its extension: `01-neuron.md`.
    public var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
