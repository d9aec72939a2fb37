import Foundation

/// Runs one reading per article file on every core and returns the results in file order.
///
/// Files are handed out in chunks (a few dozen a task) so ten thousand small files do not cost ten
/// thousand dispatches; each result lands in its own slot, so the order never depends on timing.
enum ParallelArticleReader {
    /// Files per task: enough to amortise a dispatch, few enough that both cores finish together.
    static let chunk = 32

    static func read<T: Sendable>(_ count: Int, _ reading: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let slots = ResultSlots<T>(count: count)
        let tasks = (count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: tasks) { t in
            for i in (t * chunk)..<min(count, (t + 1) * chunk) { slots.set(i, reading(i)) }
        }
        return slots.values()
    }
}
