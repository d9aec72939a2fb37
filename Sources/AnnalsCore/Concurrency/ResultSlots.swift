import Foundation

/// One slot per task of a `DispatchQueue.concurrentPerform`, written under a lock and read once
/// all tasks are done, so results come back in task order whatever the timing.
public final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [T?]

    public init(count: Int) { slots = Array(repeating: nil, count: count) }

    public func set(_ i: Int, _ value: T) {
        lock.lock(); defer { lock.unlock() }
        slots[i] = value
    }

    /// Every slot's value, in order (call after the tasks have finished; each must have set its slot).
    public func values() -> [T] {
        lock.lock(); defer { lock.unlock() }
        return slots.map { $0! }
    }
}
