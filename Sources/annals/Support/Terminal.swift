#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What the process is attached to: decides whether progress bars, colour and width fitting are used.
///
/// Rules (the conventions of well-behaved command-line tools):
/// - a progress bar only when standard error is a terminal, not in CI (`CI` set to anything but
///   `false`/`0`), and never with `--quiet`;
/// - colour only when the stream is a terminal, `TERM` is not `dumb`, and `NO_COLOR` is unset or empty
///   (https://no-color.org);
/// - the terminal width from `ioctl(TIOCGWINSZ)`, else `COLUMNS`, else none (no fitting).
enum Terminal {
    static let environment = ProcessInfo.processInfo.environment

    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    static var stdoutIsTerminal: Bool { isTerminal(STDOUT_FILENO) }
    static var stderrIsTerminal: Bool { isTerminal(STDERR_FILENO) }

    /// `CI=true` (or any value but false/0), as set by GitHub Actions, GitLab and most CI services.
    static var isCI: Bool {
        guard let value = environment["CI"]?.lowercased(), !value.isEmpty else { return false }
        return value != "false" && value != "0"
    }

    static var noColor: Bool { !(environment["NO_COLOR"] ?? "").isEmpty }
    static var dumb: Bool { environment["TERM"] == "dumb" }

    /// Colour on this descriptor: a terminal, not dumb, and no NO_COLOR.
    static func colorAllowed(_ fd: Int32) -> Bool { isTerminal(fd) && !noColor && !dumb }

    /// Columns of the terminal on `fd`, else `COLUMNS`, else nil.
    static func width(_ fd: Int32) -> Int? {
        var size = winsize()
        if isTerminal(fd), ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return nil
    }
}

/// ANSI styling that collapses to plain text when colour is not allowed.
struct Style: Sendable {
    let enabled: Bool

    static let stdout = Style(enabled: Terminal.colorAllowed(STDOUT_FILENO))
    static let stderr = Style(enabled: Terminal.colorAllowed(STDERR_FILENO))

    private func wrap(_ code: String, _ text: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    func bold(_ s: String) -> String { wrap("1", s) }
    func dim(_ s: String) -> String { wrap("2", s) }
    func red(_ s: String) -> String { wrap("31", s) }
    func yellow(_ s: String) -> String { wrap("33", s) }
    func green(_ s: String) -> String { wrap("32", s) }
}
