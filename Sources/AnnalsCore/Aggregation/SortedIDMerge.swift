/// Walks several ascending lists of event numbers as one ascending sequence without repeats,
/// lazily, so a caller looking for the first event that passes a test reads only the events before
/// it — not every event filed under a common name.
///
/// Complexity: O(log k) a step for k lists (a binary heap of the lists' heads); building it is O(k).
struct SortedIDMerge {
    private let lists: [[Int]]
    /// The next unread position of each list.
    private var positions: [Int]
    /// Indices of lists not yet exhausted, as a min-heap on their current head.
    private var heap: [Int] = []
    private var last = -1

    init(_ lists: [[Int]]) {
        self.lists = lists
        positions = Array(repeating: 0, count: lists.count)
        for i in lists.indices where !lists[i].isEmpty { heap.append(i) }
        if heap.count > 1 {
            for i in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(i) }
        }
    }

    /// The next number in ascending order, each number once; nil when every list is read.
    mutating func next() -> Int? {
        while let top = heap.first {
            let value = lists[top][positions[top]]
            positions[top] += 1
            if positions[top] == lists[top].count {
                let end = heap.removeLast()
                if !heap.isEmpty {
                    heap[0] = end
                    siftDown(0)
                }
            } else {
                siftDown(0)
            }
            if value != last {
                last = value
                return value
            }
        }
        return nil
    }

    private func head(_ list: Int) -> Int { lists[list][positions[list]] }

    private mutating func siftDown(_ start: Int) {
        var i = start
        while true {
            let l = 2 * i + 1, r = l + 1
            var smallest = i
            if l < heap.count && head(heap[l]) < head(heap[smallest]) { smallest = l }
            if r < heap.count && head(heap[r]) < head(heap[smallest]) { smallest = r }
            if smallest == i { return }
            heap.swapAt(i, smallest)
            i = smallest
        }
    }
}

extension Array where Element == Int {
    /// Inserts `value` keeping the array ascending; appending is the common case (new events come
    /// last), so that is tested first. Complexity: O(1) to append, O(n) otherwise.
    mutating func insertAscending(_ value: Int) {
        if let tail = last, tail > value {
            var lo = 0, hi = count
            while lo < hi {
                let mid = (lo + hi) / 2
                if self[mid] < value { lo = mid + 1 } else { hi = mid }
            }
            if lo < count && self[lo] == value { return }
            insert(value, at: lo)
        } else if last != value {
            append(value)
        }
    }
}
