import CommonMark

/// The instructor's lesson with a student's exercise blocks in place of its
/// own (an exercise missing from the submission keeps a stub and a note), and
/// the way back from a place in it to the same place in the student's file.
struct SubmittedLesson {
    let source: LessonSource
    /// Exercises that get nothing, whatever runs: why.
    let notes: [String: String]
    private let studentPath: String
    /// Each code block of `source` that the student's file also has: the
    /// lines of its code here, and the first line of its code there.
    private let blocks: [(lines: ClosedRange<Int>, studentFirstLine: Int)]

    init(_ lesson: Lesson, submitted: LessonSource?) {
        guard let submitted else {
            source = lesson.withStubs(for: Set(lesson.exercises.map(\.id)), keepingHiddenChecks: true)
            notes = Dictionary(uniqueKeysWithValues: lesson.exercises.map { ($0.id, "\(lesson.source.fileName) is not in the submission") })
            studentPath = lesson.source.path
            blocks = []
            return
        }
        let studentBlocks = Document(parsing: submitted.text).codeBlocks.filter { $0.language == "swift" }
        var theirs: [String: CodeBlock] = [:]
        for block in studentBlocks {
            if case .exercise(let id, _) = block.attributes.role, theirs[id] == nil { theirs[id] = block }
        }
        let codeBlocks = lesson.document.codeBlocks
        var lines = lesson.source.lines
        var missing: [String: String] = [:]
        var stubbed: Set<String> = []
        for exercise in lesson.exercises.reversed() {
            guard let block = theirs[exercise.id] else {
                missing[exercise.id] = "exercise \(exercise.id) is not in the submitted \(lesson.source.fileName) (was its block renamed or removed?)"
                stubbed.insert(exercise.id)
                continue
            }
            let own = codeBlocks[exercise.block]
            let fence = own.firstLine - 1, closing = min(fence + own.code.splitLines().count + 1, lines.count)
            // A fence longer than any run of backticks in the student's code, so none of it can close the block.
            let longest = block.code.splitLines().map { $0.drop { $0 == " " }.prefix { $0 == "`" }.count }.max() ?? 0
            let ticks = String(repeating: "`", count: Swift.max(3, longest + 1))
            let code = block.code.splitLines().map(String.init)
            lines.replaceSubrange((fence - 1)..<closing, with: [ticks + own.info] + code + [ticks])
        }
        var merged = LessonSource(path: submitted.path, text: lines.joined(separator: "\n") + "\n")
        if !stubbed.isEmpty, let withTheirs = try? Lesson(merged) {
            merged = withTheirs.withStubs(for: stubbed, keepingHiddenChecks: true)
        }
        source = merged
        notes = missing
        studentPath = submitted.path
        blocks = Self.correspondence(merged, studentBlocks)
    }

    /// Pairs each code block of the merged lesson with the student's block of
    /// the same exercise, or else with one of the same info and code.
    private static func correspondence(_ merged: LessonSource, _ studentBlocks: [CodeBlock]) -> [(lines: ClosedRange<Int>, studentFirstLine: Int)] {
        var unused = studentBlocks
        return Document(parsing: merged.text).codeBlocks.compactMap { block in
            let count = Swift.max(block.code.splitLines().count, 1)
            let match = unused.firstIndex { $0.info == block.info && $0.code == block.code }
            guard let index = match else { return nil }
            let studentBlock = unused.remove(at: index)
            return (block.firstLine...(block.firstLine + count - 1), studentBlock.firstLine)
        }
    }

    /// The same place in the student's file, if the block it is in is there too.
    func studentLocation(of location: ExerciseResult.Location) -> ExerciseResult.Location? {
        guard let block = blocks.first(where: { $0.lines.contains(location.line) }) else { return nil }
        return ExerciseResult.Location(file: studentPath, line: block.studentFirstLine + location.line - block.lines.lowerBound, column: location.column)
    }
}
