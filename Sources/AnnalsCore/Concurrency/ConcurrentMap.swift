import Foundation

/// Maps over many independent items (files, documents, lines, events, rows) on every core, with
/// the results in the items' order.
///
/// Items are handed out in chunks so that ten thousand small items cost a few hundred dispatches,
/// not ten thousand; the result never depends on timing, since each chunk fills its own slot.
public enum ConcurrentMap {
    /// `(0..<count).map(transform)`, `chunk` indices a task. Complexity: O(count) work over the cores.
    public static func indices<R: Sendable>(_ count: Int, chunk: Int = 32, _ transform: @Sendable (Int) -> R) -> [R] {
        guard count > 0 else { return [] }
        let slots = ResultSlots<R>(count: count)
        let tasks = (count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: tasks) { t in
            for i in (t * chunk)..<min(count, (t + 1) * chunk) { slots.set(i, transform(i)) }
        }
        return slots.values()
    }

    /// `items.map(transform)`, `chunk` items a task (on the calling thread when there is one chunk).
    public static func map<T: Sendable, R: Sendable>(_ items: [T], chunk: Int, _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > chunk else { return items.map(transform) }
        let tasks = (items.count + chunk - 1) / chunk
        let slots = ResultSlots<[R]>(count: tasks)
        DispatchQueue.concurrentPerform(iterations: tasks) { t in
            slots.set(t, items[(t * chunk)..<min(items.count, (t + 1) * chunk)].map(transform))
        }
        return slots.values().flatMap { $0 }
    }

    /// Runs independent pieces of work at once and returns their results in the given order.
    public static func all<R: Sendable>(_ work: [@Sendable () -> R]) -> [R] {
        let slots = ResultSlots<R>(count: work.count)
        DispatchQueue.concurrentPerform(iterations: work.count) { k in slots.set(k, work[k]()) }
        return slots.values()
    }
}
