/// Finds which sentence of a document holds a span, for stages that handle mentions sentence by
/// sentence. Sentences are in text order and do not overlap.
struct SentenceLocator {
    private let starts: [Int]
    private let ends: [Int]

    init(_ sentences: [Sentence]) {
        starts = sentences.map(\.start)
        ends = sentences.map(\.end)
    }

    /// The position in the sentence list of the sentence holding `start..<end`, or -1 when no single
    /// sentence holds it. O(log sentences).
    func position(_ start: Int, _ end: Int) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= start { lo = mid + 1 } else { hi = mid }
        }
        let k = lo - 1
        return k >= 0 && end <= ends[k] ? k : -1
    }
}
