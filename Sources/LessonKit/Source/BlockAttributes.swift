import CommonMark

/// The words after `swift` in a code block's info string, which change how
/// the block runs and shows (`Documentation/LessonFormat.md`):
///
/// ```swift
/// let attributes = BlockAttributes(info: "swift hide timeout=30")
/// attributes.hidesCode   // true
/// attributes.timeout     // 30.0
/// ```
struct BlockAttributes: Sendable {
    /// What the block is to the exercises of its lesson.
    enum Role: Sendable, Equatable {
        case prose
        /// `exercise=ID points=N`: the student's part, with the solution between markers.
        case exercise(id: String, points: Int)
        /// `check=ID` (with `hidden`: kept from students, run when grading).
        case check(id: String, isHidden: Bool)
    }

    /// `hide`: run it, show only its output.
    var hidesCode = false
    /// `norun`: show it, don't run it.
    var isNotRun = false
    /// `silent`: run it, show the code but no output (an error still shows).
    var isSilent = false
    /// `expect-error`: the block must fail; its error is what it shows.
    var expectsError = false
    /// `timeout=SECONDS`: the block's budgets scaled to that many seconds.
    var timeout: Double?
    /// `id=NAME`: an anchor for links to the block.
    var id: String?
    var role = Role.prose
    /// Words it does not know, with their byte offsets in the info string: warnings.
    var unknown: [(word: String, offset: Int)] = []
    /// A known attribute with a value it cannot take: the block fails with this message.
    var problem: String?

    static let knownWords = "hide, norun, silent, expect-error, timeout=, id=, exercise=, points=, check=, hidden"

    init(info: String) {
        var offset = 0
        var exercise: String?, points: Int?, check: String?, isHiddenCheck = false
        for (index, word) in info.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            defer { offset += word.utf8.count + 1 }
            guard index > 0, !word.isEmpty else { continue }
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            let key = parts[0], value = parts.count == 2 ? parts[1] : nil
            switch (key, value) {
            case ("hide", nil): hidesCode = true
            case ("norun", nil): isNotRun = true
            case ("silent", nil): isSilent = true
            case ("expect-error", nil): expectsError = true
            case ("hidden", nil): isHiddenCheck = true
            case ("timeout", let value):
                guard let seconds = value.flatMap(Double.init), seconds > 0, seconds <= 3600 else {
                    problem = "timeout needs a number of seconds from 0 to 3600, as in 'timeout=30'; got '\(word)'"
                    continue
                }
                timeout = seconds
            case ("id", let value), ("exercise", let value), ("check", let value):
                guard let value, Self.isName(value) else {
                    problem = "\(key) needs a name of letters, digits, '-' and '_', as in '\(key)=perceptron-update'; got '\(word)'"
                    continue
                }
                switch key {
                case "id": id = value
                case "exercise": exercise = value
                default: check = value
                }
            case ("points", let value):
                guard let count = value.flatMap(Int.init), (1...1000).contains(count) else {
                    problem = "points needs a whole number from 1 to 1000, as in 'points=2'; got '\(word)'"
                    continue
                }
                points = count
            default:
                unknown.append((String(word), offset))
            }
        }
        role = resolveRole(exercise: exercise, points: points, check: check, isHiddenCheck: isHiddenCheck)
    }

    /// The block's role, or a problem when its words contradict each other.
    private mutating func resolveRole(exercise: String?, points: Int?, check: String?, isHiddenCheck: Bool) -> Role {
        switch (exercise, check) {
        case (let id?, nil):
            if isNotRun || expectsError { problem = problem ?? "an exercise runs and must succeed: it cannot be 'norun' or 'expect-error'" }
            if isHiddenCheck { problem = problem ?? "'hidden' belongs to a check block ('check=ID hidden'), not an exercise" }
            return .exercise(id: id, points: points ?? 1)
        case (nil, let id?):
            if isNotRun || expectsError { problem = problem ?? "a check runs and must succeed: it cannot be 'norun' or 'expect-error'" }
            if points != nil { problem = problem ?? "'points' belong to the exercise block ('exercise=ID points=N'), not its check" }
            return .check(id: id, isHidden: isHiddenCheck)
        case (_?, _?):
            problem = problem ?? "a block is an exercise or a check, not both"
        case (nil, nil):
            if points != nil { problem = problem ?? "'points' needs 'exercise=ID' on the same block" }
            if isHiddenCheck { problem = problem ?? "'hidden' needs 'check=ID' on the same block" }
        }
        return .prose
    }

    private static func isName(_ value: String) -> Bool {
        !value.isEmpty && value.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }
}

extension CodeBlock {
    var attributes: BlockAttributes { BlockAttributes(info: info) }

    /// Whether the runner executes this block: its info string starts with `swift`, without `norun`.
    var runs: Bool { language == "swift" && !attributes.isNotRun }
}
