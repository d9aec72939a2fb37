import Foundation

/// A progress bar on stderr for work that takes over about a second: count, rate and time left.
///
/// `.bar` redraws one line with a carriage return (only on a terminal, see `Console.progressMode`);
/// `.lines` prints one plain line when a stage ends; `.off` prints nothing. The bar appears only
/// once `delay` has passed, so quick runs stay clean; `ANNALS_PROGRESS_DELAY` (seconds) overrides it.
final class ProgressMeter: @unchecked Sendable {
    enum Mode: Sendable { case bar, lines, off }

    let label: String
    let total: Int
    let unit: String
    let mode: Mode
    private let started = Date()
    private let delay: TimeInterval
    private var done = 0
    private var lastDraw = Date.distantPast
    private let lock = NSLock()

    /// Whether a bar is on screen now (so other stderr lines clear it first).
    nonisolated(unsafe) private static var barVisible = false
    private static let drawLock = NSLock()

    init(label: String, total: Int, unit: String, mode: Mode) {
        self.label = label
        self.total = max(0, total)
        self.unit = unit
        self.mode = mode
        delay = ProcessInfo.processInfo.environment["ANNALS_PROGRESS_DELAY"].flatMap(TimeInterval.init) ?? 1
    }

    func advance(by n: Int = 1) {
        lock.lock(); defer { lock.unlock() }
        done = min(total, done + n)
        guard mode == .bar else { return }
        let now = Date()
        guard now.timeIntervalSince(started) >= delay, now.timeIntervalSince(lastDraw) >= 0.1 || done == total else { return }
        lastDraw = now
        Self.draw(line(now: now, width: Terminal.width(STDERR_FILENO) ?? 80))
    }

    /// Ends the stage: clears the bar, or prints the plain line.
    func finish() {
        lock.lock(); defer { lock.unlock() }
        switch mode {
        case .bar: Self.clearLine()
        case .lines:
            let seconds = Date().timeIntervalSince(started)
            FileHandle.standardError.write(Data("annals: \(label) \(total) \(unit) in \(String(format: "%.1f", seconds)) s\n".utf8))
        case .off: break
        }
    }

    /// "extracting [#######-------]  120/400 documents  35/s  0:08 left", fitted to `width`.
    func line(now: Date, width: Int) -> String {
        let elapsed = max(0.001, now.timeIntervalSince(started))
        let rate = Double(done) / elapsed
        var tail = "  \(done)/\(total) \(unit)"
        if done > 0 {
            tail += String(format: "  %.1f/s", rate)
            if done < total { tail += "  " + Self.clock(Double(total - done) / max(rate, 1e-9)) + " left" }
        }
        let head = label + " "
        let barWidth = max(0, min(40, width - 1 - head.count - tail.count - 2))
        guard barWidth >= 5 else { return String((head + tail).prefix(max(1, width - 1))) }
        let filled = total == 0 ? barWidth : barWidth * done / total
        return head + "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled) + "]" + tail
    }

    static func clock(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds < 360_000 else { return "--:--" }
        let s = Int(seconds.rounded(.up))
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }

    static func draw(_ text: String) {
        drawLock.lock(); defer { drawLock.unlock() }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
        barVisible = true
    }

    /// Erases a bar on screen, if any, so the next line starts clean.
    static func clearLine() {
        drawLock.lock(); defer { drawLock.unlock() }
        guard barVisible else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        barVisible = false
    }
}
