import Foundation
import LessonKit

/// What the tool knows of where it writes: whether a person watches (a
/// terminal), and so whether to colour and to show progress.
enum Terminal {
    static func isInteractive(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// Colours on a terminal, unless `NO_COLOR` is set (no-color.org).
    static func style(for descriptor: Int32) -> TerminalStyle {
        isInteractive(descriptor) && ProcessInfo.processInfo.environment["NO_COLOR"] == nil ? .colored : .plain
    }
}

/// One line at the bottom of a terminal's standard error that says what is
/// running, redrawn in place at most ten times a second, and never written
/// when standard error is not a terminal (a log, CI).
final class StatusLine: @unchecked Sendable {
    private let isActive = Terminal.isInteractive(STDERR_FILENO)
    private let lock = NSLock()
    private var shown = ""
    private var lastDrawn = ContinuousClock.now.advanced(by: .seconds(-1))

    /// Shows `text`; a change within a tenth of a second of the last one waits for the next.
    func show(_ text: String, now: Bool = false) {
        guard isActive else { return }
        lock.withLock {
            let clock = ContinuousClock.now
            guard now || clock - lastDrawn >= .milliseconds(100) else { return }
            lastDrawn = clock
            shown = text
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + text.prefix(columns)).utf8))
        }
    }

    /// Prints `text` as a line of its own above the status line, which then shows `status`.
    func printAbove(_ text: String, status: String) {
        lock.withLock {
            shown = status
            FileHandle.standardError.write(Data(((isActive ? "\r\u{1B}[K" : "") + text + "\n" + (isActive ? String(status.prefix(columns)) : "")).utf8))
        }
    }

    /// Removes the status line, so what follows starts on a clean line.
    func clear() {
        guard isActive else { return }
        lock.withLock {
            shown = ""
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        }
    }

    /// The terminal's width, so a long status never wraps (and so never leaves a line behind).
    private var columns: Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 1 else { return 79 }
        return Int(size.ws_col) - 1
    }
}
