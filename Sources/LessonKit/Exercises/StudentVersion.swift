import CommonMark

extension Lesson {
    /// What students are given: the lesson with every solution region (markers
    /// included) replaced by a stub that compiles and fails its checks, and
    /// without hidden checks. Lines stay as they were but for those.
    public var studentSource: LessonSource {
        withStubs(for: Set(exercises.map(\.id)), keepingHiddenChecks: false)
    }

    /// The lesson with the solutions of `stubbed` exercises replaced by stubs;
    /// hidden checks kept or dropped. Grading a blank submission, and proving
    /// checks fail without a solution, use the other forms.
    public func withStubs(for stubbed: Set<String>, keepingHiddenChecks: Bool) -> LessonSource {
        var replacements: [(lines: ClosedRange<Int>, text: [String])] = []
        let codeBlocks = document.codeBlocks
        for exercise in exercises {
            if stubbed.contains(exercise.id) {
                for region in exercise.solutions {
                    let marker = source.line(region.lowerBound)
                    let indent = String(marker.prefix { $0 == " " || $0 == "\t" })
                    replacements.append((region, [indent + Exercise.stub(exercise.id)]))
                }
            }
            if !keepingHiddenChecks {
                for check in exercise.checks where check.isHidden {
                    replacements.append((fencedLines(codeBlocks[check.block]), []))
                }
            }
        }
        var lines = source.lines
        for replacement in replacements.sorted(by: { $0.lines.lowerBound > $1.lines.lowerBound }) {
            let range = (replacement.lines.lowerBound - 1)..<min(replacement.lines.upperBound, lines.count)
            // A removed block takes the blank line after it along, so no gap of two remains.
            if replacement.text.isEmpty, range.upperBound < lines.count, lines[range.upperBound].allSatisfy(\.isWhitespace) {
                lines.remove(at: range.upperBound)
            }
            lines.replaceSubrange(range, with: replacement.text)
        }
        return LessonSource(path: source.path, text: lines.joined(separator: "\n") + "\n")
    }

    /// A fenced block's lines in the file, fences included.
    private func fencedLines(_ block: CodeBlock) -> ClosedRange<Int> {
        let fence = block.firstLine - 1
        let closing = fence + block.code.splitLines().count + 1
        return fence...closing
    }
}
