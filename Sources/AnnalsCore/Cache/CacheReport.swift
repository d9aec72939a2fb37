import Foundation

/// Something went wrong with the cache but the run went on (without it, or with a fresh one).
/// Returned, never printed: the command line decides how to show it.
public struct CacheWarning: Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Why the cache file was emptied before this run used it.
public enum CacheRebuildReason: String, Sendable, Hashable {
    /// Written by other rules, another engine version or another build of the program.
    case rulesChanged = "the rules or the program changed"
    /// Not a database this program can read (corrupt, truncated, or some other file).
    case unreadable = "the cache file could not be read"
}

/// What the cache did for one run.
public struct CacheStats: Sendable, Hashable {
    /// The cache file, or nil when the run went without one.
    public var location: URL?
    /// Documents whose extraction came from the cache.
    public var hits = 0
    /// Documents extracted in this run.
    public var misses = 0
    /// New results written to the cache.
    public var stored = 0
    /// Results of documents no longer in the corpus, removed.
    public var pruned = 0
    public var rebuilt: CacheRebuildReason?

    public init(location: URL? = nil) { self.location = location }

    /// "12 of 1000 documents extracted, 988 from the cache (…/.annals/extractions.sqlite)".
    public var summary: String {
        let total = hits + misses
        var text = "\(misses) of \(total) document\(total == 1 ? "" : "s") extracted, \(hits) from the cache"
        if let location { text += " (\(location.path))" } else { text += " (no cache)" }
        if let rebuilt { text += "; cache rebuilt: \(rebuilt.rawValue)" }
        if pruned > 0 { text += "; \(pruned) stale result\(pruned == 1 ? "" : "s") removed" }
        return text
    }
}
