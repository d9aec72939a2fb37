import Foundation

/// Extracts every article of a corpus, documents in parallel on all cores.
public struct CorpusExtractor: Sendable {
    public init() {}

    /// Extractions in the corpus's order. Complexity: O(total text), spread over the cores.
    public func extract(_ articles: [Article]) -> [DocumentExtraction] {
        Self.loadRules()
        let extractor = DocumentExtractor()
        let results = ResultSlots<DocumentExtraction>(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: articles.count) { i in
            results.set(i, extractor.extract(articles[i]))
        }
        return results.values()
    }
}

extension CorpusExtractor {
    /// Loads every stage's word lists and rules, the stages in parallel. Each is loaded once per
    /// process on first use; loaded lazily, the first document waits for them one after another on
    /// one core, which is most of the time of a small corpus. Later calls cost nothing.
    public static func loadRules() {
        let loaders: [@Sendable () -> Void] = [
            { _ = BoilerplateCleaner.shared },
            { _ = SentenceSplitter.shared },
            { _ = TemporalTagger.shared },
            { _ = CasualtyExtractor.shared },
            { _ = EventExtractor.shared },
        ]
        DispatchQueue.concurrentPerform(iterations: loaders.count) { loaders[$0]() }
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
