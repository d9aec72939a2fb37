import Foundation

/// Extracts every article of a corpus, documents in parallel on all cores.
public struct CorpusExtractor: Sendable {
    public init() {}

    /// Extractions in the corpus's order. Complexity: O(total text), spread over the cores.
    public func extract(_ articles: [Article]) -> [DocumentExtraction] {
        let extractor = DocumentExtractor()
        let results = ResultSlots<DocumentExtraction>(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: articles.count) { i in
            results.set(i, extractor.extract(articles[i]))
        }
        return results.values()
    }
}

/// Fixed slots written once each from concurrent workers.
final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: T) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    func values() -> [T] { slots.map { $0! } }
}
