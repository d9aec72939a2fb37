import Foundation

/// A map over many independent items (events, rows) on every core, results in the items' order.
///
/// Items are handed out in chunks so a few thousand small items cost a few dozen dispatches; the
/// result never depends on timing, since each chunk fills its own slot.
enum ConcurrentMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], chunk: Int, _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > chunk else { return items.map(transform) }
        let tasks = (items.count + chunk - 1) / chunk
        let slots = ResultSlots<[R]>(count: tasks)
        DispatchQueue.concurrentPerform(iterations: tasks) { t in
            slots.set(t, items[(t * chunk)..<min(items.count, (t + 1) * chunk)].map(transform))
        }
        return slots.values().flatMap { $0 }
    }

    /// Runs independent pieces of work at once and returns their results in the given order.
    static func all<R: Sendable>(_ work: [@Sendable () -> R]) -> [R] {
        let slots = ResultSlots<R>(count: work.count)
        DispatchQueue.concurrentPerform(iterations: work.count) { k in slots.set(k, work[k]()) }
        return slots.values()
    }
}
