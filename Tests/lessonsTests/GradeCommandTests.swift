import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `lessons grade`: a class of submissions, hostile ones among them, each
/// graded on its own; the report in every format.
@Suite(.serialized)
struct GradeCommandTests {
    /// The course's lesson with each solution region (markers included) replaced by a student's code.
    static func submission(square: String, cube: String) -> String {
        let text = (try? String(contentsOf: ExerciseCommandTests.course.appendingPathComponent("01-squares.md"), encoding: .utf8)) ?? ""
        var answers = [square, cube][...], lines: [String] = [], inside = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.trimmingCharacters(in: .whitespaces) == "// BEGIN SOLUTION" {
                inside = true
                lines.append(answers.popFirst() ?? "")
            } else if line.trimmingCharacters(in: .whitespaces) == "// END SOLUTION" {
                inside = false
            } else if !inside {
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    static let goodCube = "    x * x * x"
    static let students: [String: String?] = [
        "alice": submission(square: "    x * x", cube: goodCube),
        "bob": nil,
        "carol": submission(square: "    x * * x", cube: goodCube),
        "dave": submission(square: "    var y = x\n    while true { y += 1 }\n    return y", cube: goodCube),
        "erin": submission(square: "    x * x", cube: goodCube).replacingOccurrences(of: "exercise=cube", with: "exercise=cubed"),
        "frank": submission(square: "    x + x", cube: goodCube).replacingOccurrences(of: "expectEqual(square(3), 9)", with: "expect(true)"),
        "grace": submission(square: "    let huge = Tensor.zeros([60000, 60000])\n    return x * x", cube: goodCube),
        "heidi": submission(square: "    square(x)", cube: goodCube),
        "ivan": submission(square: "    x * x", cube: goodCube + "\n}\nfunc expectEqual(_ a: Double, _ b: Double) {"),
        "judy, \"the <quoted>\"": submission(square: "    x * x", cube: "    x * x"),
    ]

    static let submissions: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-submissions-\(UUID().uuidString)")
        for (student, text) in students {
            let folder = root.appendingPathComponent(student).appendingPathComponent("Lessons")
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? text?.write(to: folder.appendingPathComponent("01-squares.md"), atomically: true, encoding: .utf8)
        }
        return root
    }()

    private func grade(_ format: String) throws -> LessonsCommand.Result {
        try LessonsCommand.run("grade", Self.submissions.path, "--lessons", ExerciseCommandTests.course.path, "--format", format)
    }

    @Test func everyHostileSubmissionGetsItsPointsForWhatWorksAndAReasonForTheRest() throws {
        let result = try grade("json")
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let students = try #require(report["students"] as? [[String: Any]])
        #expect(students.map { $0["id"] as? String } == Self.students.keys.sorted())
        var verdicts: [String: [String]] = [:]
        for student in students {
            let exercises = try #require(student["exercises"] as? [[String: Any]])
            #expect(exercises.map { $0["id"] as? String } == ["square", "cube"])
            #expect(exercises.allSatisfy { $0["lesson"] as? String == "01-squares.md" })
            let total = exercises.compactMap { $0["points"] as? Int }.reduce(0, +)
            #expect(student["total"] as? Int == total)
            #expect(student["max"] as? Int == 3)
            verdicts[student["id"] as! String] = exercises.map { ($0["passed"] as! Bool ? "pass " : "fail ") + ($0["message"] as! String) }
        }
        #expect(verdicts["alice"] == ["pass ", "pass "])
        #expect(verdicts["bob"] == ["fail 01-squares.md is not in the submission", "fail 01-squares.md is not in the submission"])
        #expect(verdicts["carol"]?[0] == "fail carol/Lessons/01-squares.md:12:9: expected expression after operator")
        #expect(verdicts["carol"]?[1] == "pass ", "the cube needs no square")
        #expect(verdicts["dave"]?[0].hasPrefix("fail dave/Lessons/01-squares.md:13:5: step limit reached") == true)
        #expect(verdicts["dave"]?[1] == "pass ", "the cube is judged on its own")
        #expect(verdicts["erin"] == ["pass ", "fail exercise cube is not in the submitted 01-squares.md (was its block renamed or removed?)"])
        #expect(verdicts["frank"]?[0] == "fail expectEqual: got 6.0, expected 9.0", "an edited check is the course's check again")
        #expect(verdicts["grace"]?[0] == "fail grace/Lessons/01-squares.md:12:16: Tensor.zeros: shape [60000, 60000] is not a list of sizes from 0 up, at most 67,108,864 elements in all")
        #expect(verdicts["heidi"]?[0].hasPrefix("fail heidi/Lessons/01-squares.md:12:5: recursion limit reached") == true)
        #expect(verdicts["ivan"] == ["pass ", "fail ivan/Lessons/01-squares.md:37:6: 'expectEqual' is the checks library's; give yours another name"])
        #expect(verdicts["judy, \"the <quoted>\""]?[1].hasPrefix("fail ") == true)
    }

    @Test func csvQuotesWhatNeedsQuoting() throws {
        let result = try grade("csv")
        #expect(result.status == 0)
        let rows = Self.parseCSV(result.stdout)
        #expect(rows.first == ["student", "lesson", "exercise", "points", "max", "passed", "message"])
        #expect(rows.count == 1 + Self.students.count * 2)
        #expect(rows.allSatisfy { $0.count == 7 })
        #expect(rows.contains(["judy, \"the <quoted>\"", "01-squares.md", "square", "2", "2", "true", ""]))
        #expect(rows.contains(["carol", "01-squares.md", "square", "0", "2", "false", "carol/Lessons/01-squares.md:12:9: expected expression after operator"]))
    }

    @Test func junitIsValidXMLWithAFailurePerFailedExercise() throws {
        let result = try grade("junit")
        #expect(result.status == 0)
        let parser = XMLParser(data: Data(result.stdout.utf8))
        let counter = ElementCounter()
        parser.delegate = counter
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        #expect(counter.counts["testsuite"] == Self.students.count)
        #expect(counter.counts["testcase"] == Self.students.count * 2)
        #expect(counter.suites.contains("judy, \"the <quoted>\""))
        #expect((counter.counts["failure"] ?? 0) > 0)
    }

    @Test func aLessonThatRunsPastTheTimeLimitIsStoppedAndTheOthersGraded() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-slow-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let slow = Self.submission(square: "    for _ in 0..<600 { _ = Tensor.randn([160, 160]).matmul(Tensor.randn([160, 160])) }\n    return x * x", cube: Self.goodCube)
        for (student, text) in [("slow", slow), ("quick", Self.submission(square: "    x * x", cube: Self.goodCube))] {
            let folder = root.appendingPathComponent(student)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: folder.appendingPathComponent("01-squares.md"), atomically: true, encoding: .utf8)
        }
        let result = try LessonsCommand.run("grade", root.path, "--lessons", ExerciseCommandTests.course.path, "--format", "csv", "--time-limit", "1")
        let rows = Self.parseCSV(result.stdout)
        #expect(rows.contains(["quick", "01-squares.md", "square", "2", "2", "true", ""]))
        #expect(rows.contains(["slow", "01-squares.md", "square", "0", "2", "false", "stopped after 1 s"]))
    }

    /// RFC 4180: fields in quotes may hold commas, doubled quotes and line breaks; rows end in CRLF.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var characters = text.makeIterator()
        while let character = characters.next() {
            switch (character, quoted) {
            case ("\"", false) where field.isEmpty: quoted = true
            case ("\"", true):
                if let next = characters.next() {
                    if next == "\"" { field.append("\"") } else {
                        quoted = false
                        if next == "," { row.append(field); field = "" } else if next == "\r\n" || next == "\n" { row.append(field); rows.append(row); row = []; field = "" }
                    }
                } else { quoted = false }
            case (",", false): row.append(field); field = ""
            case ("\r\n", false), ("\n", false): row.append(field); rows.append(row); row = []; field = ""
            default: field.append(character)
            }
        }
        return rows
    }
}

private final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var suites: [String] = []

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        counts[element, default: 0] += 1
        if element == "testsuite", let name = attributes["name"] { suites.append(name) }
    }
}
