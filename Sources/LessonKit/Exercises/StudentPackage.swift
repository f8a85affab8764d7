/// What `lessons release` gives students besides the package's code: their
/// lessons (solutions stubbed, hidden checks gone) and a README that says
/// how to work through them.
public enum StudentPackage {
    /// The student's lesson files, by path in the package (`Lessons/02-perceptron.md`), and the README.
    public static func files(lessons: [Lesson], courseTitle: String) -> [String: String] {
        var files = ["README.md": readme(courseTitle: courseTitle, exercises: lessons.flatMap(\.exercises).count)]
        for lesson in lessons {
            files["Lessons/" + lesson.source.fileName] = lesson.studentSource.text
        }
        return files
    }

    /// The lines of the solutions that no other part of the lessons has:
    /// text that must appear nowhere in what students are given.
    public static func solutionLines(of lessons: [Lesson]) -> Set<String> {
        var solution: Set<String> = [], elsewhere: Set<String> = []
        for lesson in lessons {
            let regions = lesson.exercises.flatMap(\.solutions)
            for (index, line) in lesson.source.lines.enumerated() {
                let text = line.trimmingTrailingSpaces().drop { $0 == " " || $0 == "\t" }
                guard !text.isEmpty else { continue }
                let inSolution = regions.contains { $0.contains(index + 1) && $0.lowerBound != index + 1 && $0.upperBound != index + 1 }
                if inSolution { solution.insert(String(text)) } else { elsewhere.insert(String(text)) }
            }
        }
        return solution.subtracting(elsewhere)
    }

    /// The first line of `text` (HTML read as its text) that is a solution line, if any.
    public static func solutionLine(in text: String, isHTML: Bool, solutions: Set<String>) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            let content = isHTML ? HTMLText.plain(String(line)) : String(line)
            let trimmed = String(content.trimmingTrailingSpaces().drop { $0 == " " || $0 == "\t" })
            if solutions.contains(trimmed) { return trimmed }
        }
        return nil
    }

    private static func readme(courseTitle: String, exercises: Int) -> String {
        """
        # \(courseTitle)

        Lessons on neural networks whose Swift code runs. Read a lesson, run it,
        and complete its exercises: each exercise block has a line

            fatalError("exercise … is not done yet: write your solution here")

        where your solution goes. Replace it, run the lesson again, and see which
        checks pass. There are \(exercises) exercises in all.

        With Swift 6.3 installed (Linux or macOS):

        ```sh
        swift run lessons run Lessons/01-neuron.md   # run one lesson, outputs on the terminal
        swift run lessons check                      # every exercise: passed or failed, and your points
        swift test                                   # the same, as one test per exercise
        swift run lessons build                      # the course as a website in site/
        ```

        `make test` installs cmark first if it is missing. Hand in your `Lessons/`
        folder: only your exercise blocks are graded, against the course's own
        checks (and a few more it keeps for grading).

        """
    }
}
