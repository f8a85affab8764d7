import CommonMark

/// The words after `swift` in a code block's info string, which change how
/// the block runs and shows (`Documentation/LessonFormat.md`):
///
/// ```swift
/// let attributes = BlockAttributes(info: "swift hide timeout=30")
/// attributes.isHidden    // true
/// attributes.timeout     // 30.0
/// ```
struct BlockAttributes: Sendable {
    /// `hide`: run it, show only its output.
    var isHidden = false
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
    /// Words it does not know, with their byte offsets in the info string: warnings.
    var unknown: [(word: String, offset: Int)] = []
    /// A known attribute with a value it cannot take: the block fails with this message.
    var problem: String?

    /// The attributes of exercises and checks (`Documentation/LessonFormat.md`,
    /// section 6 of the design), read by the grader, not here.
    private static let exerciseWords: Set<String> = ["exercise", "points", "check", "hidden"]

    init(info: String) {
        var offset = 0
        for (index, word) in info.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            defer { offset += word.utf8.count + 1 }
            guard index > 0, !word.isEmpty else { continue }
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            let key = parts[0], value = parts.count == 2 ? parts[1] : nil
            switch (key, value) {
            case ("hide", nil): isHidden = true
            case ("norun", nil): isNotRun = true
            case ("silent", nil): isSilent = true
            case ("expect-error", nil): expectsError = true
            case ("timeout", let value):
                guard let seconds = value.flatMap(Double.init), seconds > 0, seconds <= 3600 else {
                    problem = "timeout needs a number of seconds from 0 to 3600, as in 'timeout=30'; got '\(word)'"
                    continue
                }
                timeout = seconds
            case ("id", let value?) where !value.isEmpty && value.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }):
                id = value
            case ("id", _):
                problem = "id needs a name of letters, digits, '-' and '_', as in 'id=training-loop'; got '\(word)'"
            case _ where Self.exerciseWords.contains(key):
                continue
            default:
                unknown.append((String(word), offset))
            }
        }
    }
}

extension CodeBlock {
    var attributes: BlockAttributes { BlockAttributes(info: info) }

    /// Whether the runner executes this block: its info string starts with `swift`, without `norun`.
    var runs: Bool { language == "swift" && !attributes.isNotRun }
}
