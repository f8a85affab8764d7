import Foundation
import LessonScript

/// `swift run language-bench`: each program in lesson code and in CPython
/// (`python3`), in the same run; the fastest of five runs each, the results
/// (which must agree), and the ratio of the language's time to Python's.
func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

/// Runs a program in a fresh session; returns its seconds and its value. Its
/// declarations run first, untimed, as Python compiles a script before its
/// clock starts; the clock times the last line, the work.
func runLesson(_ code: String) -> (Double, String) {
    let session = ScriptSession()
    let limits = Limits(steps: 2_000_000_000, recursionDepth: 10_000)
    var lines = code.split(separator: "\n", omittingEmptySubsequences: false)
    while lines.last?.isEmpty == true { lines.removeLast() }
    let work = String(lines.removeLast())
    if let failure = session.run(lines.joined(separator: "\n"), limits: limits).failure {
        return (0, "error: \(failure.first.message)")
    }
    let start = ContinuousClock.now
    let outcome = session.run(work, limits: limits)
    let elapsed = seconds(ContinuousClock.now - start)
    return (elapsed, outcome.value?.text ?? outcome.failure.map { "error: \($0.first.message)" } ?? "")
}

/// Runs a Python program; the timing is taken inside Python, around the work only.
func runPython(_ code: String) throws -> (Double, String) {
    let script = "import time\nstart = time.perf_counter()\n" + code
        + "\nprint(time.perf_counter() - start)\nprint(result)\n"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
    guard process.terminationStatus == 0, lines.count >= 2, let time = Double(lines[0]) else {
        throw PythonFailure(status: process.terminationStatus)
    }
    return (time, String(lines[1]))
}

struct PythonFailure: Error, CustomStringConvertible {
    let status: Int32
    var description: String { "python3 failed (exit \(status)); CPython and numpy are needed for the comparison" }
}

print("program".padding(toLength: 30, withPad: " ", startingAt: 0), "lesson code", "   CPython", "  ratio", "  results")
for program in programs {
    let lesson = (0..<5).map { _ in runLesson(program.swift) }
    let python = try (0..<5).map { _ in try runPython(program.python) }
    let (ours, theirs) = (lesson.map(\.0).min()!, python.map(\.0).min()!)
    print(
        program.name.padding(toLength: 30, withPad: " ", startingAt: 0),
        String(format: "%9.3f s %8.3f s %6.2fx", ours, theirs, ours / theirs),
        " \(lesson[0].1) / \(python[0].1)"
    )
}
print("(the XOR row is 10,000 training steps: per step, divide by 10,000; CPython runs numpy's hand-written step)")
