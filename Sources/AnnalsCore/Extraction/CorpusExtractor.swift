import Foundation

/// Extracts every article of a corpus, documents in parallel on all cores.
public struct CorpusExtractor: Sendable {
    public init() {}

    /// Extractions in the corpus's order. Complexity: O(total text), spread over the cores.
    public func extract(_ articles: [Article]) -> [DocumentExtraction] {
        Self.loadRules()
        let extractor = DocumentExtractor()
        return ConcurrentMap.indices(articles.count, chunk: 1) { extractor.extract(articles[$0]) }
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
