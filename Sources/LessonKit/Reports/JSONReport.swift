import Foundation
import LessonScript
import Plots

extension LessonRun {
    /// The run as one JSON document for tools and tests:
    /// `{"lesson", "title", "blocks": [{"index", "line", "stdout", "value", "type", "data", "tensor", "figures", "error", "status"}]}`.
    /// `value` is the shown value's text, `type` its Swift type and `data` its
    /// structure (see `JSONValue`); `tensor` is `{"shape", "scalars"}` for a
    /// tensor; `figures` are `{"title", "svg", "text"}`. Absent values are
    /// null. Keys are sorted, so the bytes are stable.
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
        var type: String?
        var data: JSONValue?
        var tensor: DisplayedTensor?
        var figures: [Figure]
        var error: Location?
        var status: String

        init(_ result: BlockResult) {
            index = result.index
            line = result.line
            stdout = result.stdout
            value = result.value?.text
            type = result.value?.type
            data = result.value?.data
            tensor = result.value?.tensor
            figures = result.figures
            error = result.diagnostics.first.map { Location(message: $0.message, line: $0.line, column: $0.column) }
            status = result.status.rawValue
        }

        enum CodingKeys: String, CodingKey {
            case index, line, stdout, value, type, data, tensor, figures, error, status
        }

        /// Written by hand so absent values are `null`, not missing keys.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(index, forKey: .index)
            try container.encode(line, forKey: .line)
            try container.encode(stdout, forKey: .stdout)
            try container.encode(value, forKey: .value)
            try container.encode(type, forKey: .type)
            try container.encode(data, forKey: .data)
            try container.encode(tensor, forKey: .tensor)
            try container.encode(figures, forKey: .figures)
            try container.encode(error, forKey: .error)
            try container.encode(status, forKey: .status)
        }
    }

    var lesson: String
    var title: String
    var blocks: [Block]
}
