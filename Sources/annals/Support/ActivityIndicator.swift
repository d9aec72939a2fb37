import Dispatch
import Foundation

/// A spinner with elapsed time on stderr for a step whose size is not known in advance (reading a
/// corpus folder). Same rules as `ProgressMeter`: only in `.bar` mode, only after `delay`.
final class ActivityIndicator: @unchecked Sendable {
    private let label: String
    private let started = Date()
    private let lock = NSLock()
    private var timer: DispatchSourceTimer?
    private var tick = 0

    init(label: String, mode: ProgressMeter.Mode) {
        self.label = label
        guard mode == .bar else { return }
        let delay = ProcessInfo.processInfo.environment["ANNALS_PROGRESS_DELAY"].flatMap(TimeInterval.init) ?? 1
        let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
        timer.schedule(deadline: .now() + delay, repeating: 0.2)
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
        self.timer = timer
    }

    private func draw() {
        lock.lock(); defer { lock.unlock() }
        guard timer != nil else { return }
        let frames: [Character] = ["|", "/", "-", "\\"]
        tick += 1
        let seconds = Date().timeIntervalSince(started)
        let width = Terminal.width(STDERR_FILENO) ?? 80
        ProgressMeter.draw(String("\(label) \(frames[tick % 4]) \(String(format: "%.0f", seconds)) s".prefix(max(1, width - 1))))
    }

    func finish() {
        lock.lock()
        timer?.cancel()
        timer = nil
        lock.unlock()
        ProgressMeter.clearLine()
    }
}
