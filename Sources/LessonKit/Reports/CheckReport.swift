/// What `lessons check` prints: each lesson's errors where it broke, then
/// every exercise with its verdict, its points and why it failed; a total.
///
/// ```
/// ✓ 02-perceptron.md › perceptron-update (2/2 points)
/// ✗ 02-perceptron.md › xor-by-hand (0/3 points): needs exercise perceptron-update, which is not done yet
/// 1 of 2 exercises passed, 2/5 points
/// ```
public enum CheckReport {
    public static func text(_ runs: [LessonRun], _ style: TerminalStyle = .plain) -> String {
        var text = ""
        for run in runs {
            for block in run.blocks where block.status == .error && block.exercise == nil {
                block.diagnostics.forEach { text += $0.formatted(style) + "\n" }
            }
            for exercise in run.exercises {
                let mark = exercise.passed ? style.paint("✓", .green) : style.paint("✗", .red)
                let points = "\(exercise.points)/\(exercise.max) point\(exercise.max == 1 ? "" : "s")"
                text += "\(mark) \(exercise.lesson) › \(exercise.id) (\(points))" + (exercise.passed ? "" : ": " + exercise.locatedMessage) + "\n"
            }
        }
        let results = runs.flatMap(\.exercises)
        let total = results.map(\.points).reduce(0, +), maximum = results.map(\.max).reduce(0, +)
        return text + style.paint("\(results.filter(\.passed).count) of \(results.count) exercises passed, \(total)/\(maximum) points", .bold) + "\n"
    }
}
