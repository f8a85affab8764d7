import Foundation

/// A class's grades as one report, in a deterministic order (students by
/// folder name, exercises in course order): JSON for tools, CSV for a
/// spreadsheet, JUnit XML for a CI dashboard.
public struct GradeReport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case json, csv, junit
    }

    public var students: [StudentGrade]

    public init(students: [StudentGrade]) {
        self.students = students.sorted { $0.id < $1.id }
    }

    public func rendered(_ format: Format) -> String {
        switch format {
        case .json: json
        case .csv: csv
        case .junit: junit
        }
    }

    /// `{"students": [{"id", "total", "max", "exercises": [{"lesson", "id", "points", "max", "passed", "message"}]}]}`.
    private var json: String {
        struct Exercise: Encodable {
            var lesson: String, id: String, points: Int, max: Int, passed: Bool, message: String
        }
        struct Student: Encodable {
            var id: String, total: Int, max: Int, exercises: [Exercise]
        }
        let students = students.map { student in
            Student(id: student.id, total: student.total, max: student.max, exercises: student.exercises.map {
                Exercise(lesson: $0.lesson, id: $0.id, points: $0.points, max: $0.max, passed: $0.passed, message: $0.locatedMessage)
            })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings, numbers and Booleans always encode.
        return String(decoding: try! encoder.encode(["students": students]), as: UTF8.self) + "\n"
    }

    /// One row per exercise; fields quoted as RFC 4180 says when they hold a comma, a quote or a line break.
    private var csv: String {
        func field(_ text: String) -> String {
            text.contains { ",\"\n\r".contains($0) } ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        var rows = ["student,lesson,exercise,points,max,passed,message"]
        for student in students {
            for exercise in student.exercises {
                rows.append([student.id, exercise.lesson, exercise.id, String(exercise.points), String(exercise.max),
                             String(exercise.passed), exercise.locatedMessage].map(field).joined(separator: ","))
            }
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }

    /// A test suite per student, a test case per exercise, failing with its message.
    private var junit: String {
        let failures = students.flatMap(\.exercises).filter { !$0.passed }.count
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"lessons\" tests=\"\(students.flatMap(\.exercises).count)\" failures=\"\(failures)\">\n"
        for student in students {
            let failed = student.exercises.filter { !$0.passed }.count
            xml += "  <testsuite name=\"\(Self.xml(student.id))\" tests=\"\(student.exercises.count)\" failures=\"\(failed)\">\n"
            xml += "    <properties><property name=\"points\" value=\"\(student.total)\"/><property name=\"max\" value=\"\(student.max)\"/></properties>\n"
            for exercise in student.exercises {
                let name = "name=\"\(Self.xml(exercise.id))\" classname=\"\(Self.xml(student.id + "." + exercise.lesson))\""
                if exercise.passed {
                    xml += "    <testcase \(name)/>\n"
                } else {
                    let message = Self.xml(exercise.locatedMessage)
                    xml += "    <testcase \(name)>\n      <failure message=\"\(message)\">\(message)</failure>\n    </testcase>\n"
                }
            }
            xml += "  </testsuite>\n"
        }
        return xml + "</testsuites>\n"
    }

    /// Text as XML character data or an attribute: escaped, and without the characters XML 1.0 cannot hold.
    static func xml(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            case "\t", "\n", "\r", "\u{20}"..."\u{D7FF}", "\u{E000}"..."\u{FFFD}", "\u{10000}"..."\u{10FFFF}": escaped.unicodeScalars.append(scalar)
            default: escaped += "\u{FFFD}"
            }
        }
        return escaped
    }
}
