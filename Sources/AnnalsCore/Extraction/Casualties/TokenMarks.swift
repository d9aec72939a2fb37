/// Per-token facts of one sentence, stored by token index: cheaper than a `Set<Int>` or a
/// `[Int: Int]` (no hashing) in the scans that ask them at every step. Indexes outside the
/// sentence read as absent, as a set or dictionary lookup would.
struct TokenFlags: Sendable {
    private var flags: [Bool]

    init(count: Int) { flags = [Bool](repeating: false, count: count) }

    @inline(__always) func contains(_ i: Int) -> Bool { i >= 0 && i < flags.count && flags[i] }
    @inline(__always) mutating func insert(_ i: Int) { flags[i] = true }
}

/// A map from token index to a small integer (the phrase starting there), stored by token index.
struct TokenIndexMap: Sendable {
    private var values: [Int32]

    init(count: Int) { values = [Int32](repeating: -1, count: count) }

    @inline(__always) subscript(_ i: Int) -> Int? {
        get { i >= 0 && i < values.count && values[i] >= 0 ? Int(values[i]) : nil }
        set { values[i] = newValue.map { Int32($0) } ?? -1 }
    }
}
