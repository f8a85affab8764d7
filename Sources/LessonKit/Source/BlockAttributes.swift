import CommonMark

/// The words after `swift` in a code block's info string that change how it
/// runs. So far `timeout=SECONDS`: the block's budgets (its steps and its
/// clock backstop) scaled to that many seconds, for lessons that train longer.
struct BlockAttributes: Sendable {
    var timeout: Double?

    /// Reads the attributes; a malformed one is an error naming it.
    init(info: String) throws(AttributeError) {
        for word in info.split(separator: " ").dropFirst() {
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.first == "timeout" else { continue }
            guard parts.count == 2, let seconds = Double(parts[1]), seconds > 0, seconds <= 3600 else {
                throw AttributeError(message: "timeout needs a number of seconds from 0 to 3600, as in 'timeout=30'; got '\(word)'")
            }
            timeout = seconds
        }
    }
}

struct AttributeError: Error {
    var message: String
}
