import Foundation

extension LessonRun {
    /// The run as one JSON document for tools and tests:
    /// `{"lesson", "title", "blocks": [{"index", "line", "stdout", "value", "tensor", "error", "status"}]}`,
    /// with `value`, `tensor` and `error` null when absent. Keys are sorted, so the bytes are stable.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let report = JSONReport(lesson: lesson.source.path, title: lesson.title, blocks: blocks.map(JSONReport.Block.init))
        // Encoding strings, numbers and nulls cannot fail.
        return String(decoding: try! encoder.encode(report), as: UTF8.self) + "\n"
    }
}

private struct JSONReport: Encodable {
    struct Location: Encodable {
        var message: String
        var line: Int
        var column: Int
    }

    struct Block: Encodable {
        var index: Int
        var line: Int
        var stdout: String
        var value: String?
        /// A tensor value's structured form: `{"shape": [2, 3], "scalars": [...]}`.
        var tensor: Tensor?
        var error: Location?
        var status: String

        struct Tensor: Encodable {
            var shape: [Int]
            var scalars: [Float]
        }

        init(_ result: BlockResult) {
            index = result.index
            line = result.line
            stdout = result.stdout
            value = result.value
            tensor = result.tensor.map { Tensor(shape: $0.shape, scalars: $0.scalars) }
            error = result.diagnostics.first.map { Location(message: $0.message, line: $0.line, column: $0.column) }
            status = result.status.rawValue
        }

        enum CodingKeys: String, CodingKey {
            case index, line, stdout, value, tensor, error, status
        }

        /// Written by hand so absent values are `null`, not missing keys.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(index, forKey: .index)
            try container.encode(line, forKey: .line)
            try container.encode(stdout, forKey: .stdout)
            try container.encode(value, forKey: .value)
            try container.encode(tensor, forKey: .tensor)
            try container.encode(error, forKey: .error)
            try container.encode(status, forKey: .status)
        }
    }

    var lesson: String
    var title: String
    var blocks: [Block]
}
