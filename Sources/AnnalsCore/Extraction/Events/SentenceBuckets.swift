/// Items of a document (time expressions, ranges, figures) bucketed by the sentence that holds
/// them, each bucket in item order.
///
/// Why not `Dictionary(grouping:by:)`: the event stage grouped three lists per document that
/// way, and hashing every item's sentence and growing the dictionaries' storage cost more than
/// the rule that reads them. Here a counting sort fills two flat arrays: O(items + sentences),
/// two allocations.
struct SentenceBuckets {
    /// Bucket `s` is `items[starts[s]..<starts[s + 1]]`.
    private var starts: [Int32]
    private var items: [Int32]

    /// `count` items in `sentences` buckets; `position(i)` is the bucket of item `i`, or -1 (in none).
    init(count: Int, sentences: Int, position: (Int) -> Int) {
        let bucketOf = (0..<count).map(position)
        var starts = [Int32](repeating: 0, count: sentences + 1)
        for b in bucketOf where b >= 0 && b < sentences { starts[b + 1] += 1 }
        for s in 0..<sentences { starts[s + 1] += starts[s] }
        var next = starts
        var items = [Int32](repeating: 0, count: Int(starts[sentences]))
        for (i, b) in bucketOf.enumerated() where b >= 0 && b < sentences {
            items[Int(next[b])] = Int32(i)
            next[b] += 1
        }
        self.starts = starts
        self.items = items
    }

    /// The items of sentence `s`, in item order (empty for a sentence outside the document).
    func items(_ s: Int) -> [Int] {
        guard s >= 0 && s + 1 < starts.count else { return [] }
        let lo = Int(starts[s]), hi = Int(starts[s + 1])
        return lo == hi ? [] : items[lo..<hi].map(Int.init)
    }

    /// Whether sentence `s` holds no item.
    func isEmpty(_ s: Int) -> Bool {
        guard s >= 0 && s + 1 < starts.count else { return true }
        return starts[s] == starts[s + 1]
    }
}
