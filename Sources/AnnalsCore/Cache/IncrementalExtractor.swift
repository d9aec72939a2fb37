import Foundation

/// Extraction with a cache: looks every document up first, extracts only the misses (in chunks,
/// each spread over the cores) and writes the new results in one transaction at the end.
///
/// The results are those `CorpusExtractor` gives for the same articles, in the same order; the
/// cache only changes how long they take. Any failure of the cache leaves a warning and falls back
/// to extracting.
public struct IncrementalExtractor: Sendable {
    public var cache: ExtractionCache?
    /// Documents per parallel batch, so that progress can move between batches.
    public var chunkSize: Int

    /// What opening the cache said (a rebuild, warnings), carried into the result.
    var opening: ExtractionCache.Opening?

    public init(cache: ExtractionCache?, chunkSize: Int = Self.defaultChunkSize) {
        self.cache = cache
        self.chunkSize = max(1, chunkSize)
    }

    /// Uses the cache an `ExtractionCache.open` gave (none when it failed), reporting its warnings.
    public init(opening: ExtractionCache.Opening, chunkSize: Int = Self.defaultChunkSize) {
        self.init(cache: opening.cache, chunkSize: chunkSize)
        self.opening = opening
    }

    /// Large enough that the cores rarely wait for each other at the end of a chunk (documents
    /// differ in length), small enough that progress moves a few times a second.
    public static var defaultChunkSize: Int { max(64, ProcessInfo.processInfo.activeProcessorCount * 32) }

    public struct Result: Sendable {
        public var extractions: [DocumentExtraction]
        public var stats: CacheStats
        public var warnings: [CacheWarning]
    }

    /// `progress` is called with the number of documents done since its last call: first with
    /// the hits, then after each extracted chunk. Complexity: O(text of the misses) for the
    /// extraction plus O(size of the hits' results) to decode them.
    public func extract(_ articles: [Article], progress: (Int) -> Void = { _ in }) -> Result {
        var stats = CacheStats(location: cache?.location)
        stats.rebuilt = opening?.rebuilt
        var warnings: [CacheWarning] = opening?.warnings ?? []
        let keys = cache == nil ? [] : Self.keys(articles)
        var found: [DocumentKey: DocumentExtraction] = [:]
        var usable = cache
        if let cache {
            do {
                found = try cache.lookup(keys)
            } catch {
                warnings.append(CacheWarning("cannot read the cache file \(cache.location.path) (\(ExtractionCache.reason(error))); extracting every document"))
                usable = nil
            }
        }
        var results = [DocumentExtraction?](repeating: nil, count: articles.count)
        var missing: [Int] = []
        for i in articles.indices {
            if usable != nil, let hit = found[keys[i]], hit.file == articles[i].file {
                results[i] = hit
            } else {
                missing.append(i)
            }
        }
        stats.hits = articles.count - missing.count
        stats.misses = missing.count
        if stats.hits > 0 { progress(stats.hits) }
        var start = 0
        while start < missing.count {
            let end = min(missing.count, start + chunkSize)
            let batch = missing[start..<end]
            let extracted = CorpusExtractor().extract(batch.map { articles[$0] })
            for (i, extraction) in zip(batch, extracted) { results[i] = extraction }
            progress(end - start)
            start = end
        }
        let extractions = results.map { $0! }
        if let cache = usable, !missing.isEmpty {
            do {
                let fresh = missing.map { (key: keys[$0], extraction: extractions[$0]) }
                (stats.stored, stats.pruned) = try cache.store(fresh, keeping: Set(keys))
            } catch {
                warnings.append(CacheWarning("cannot write the cache file \(cache.location.path) (\(ExtractionCache.reason(error))); this run's results are not kept for the next"))
            }
        }
        if usable == nil { stats.location = nil }
        return Result(extractions: extractions, stats: stats, warnings: warnings)
    }

    /// The keys of all articles, hashed on all cores.
    static func keys(_ articles: [Article]) -> [DocumentKey] {
        let slots = ResultSlots<DocumentKey>(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: articles.count) { i in slots.set(i, DocumentKey(articles[i])) }
        return slots.values()
    }
}
