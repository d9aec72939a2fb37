import Foundation
import GRDB

/// Per-document extraction results of one corpus folder, kept in an SQLite file
/// (`CORPUS/.annals/extractions.sqlite`) keyed by `DocumentKey`, so that a second run re-reads
/// only the articles that changed.
///
/// The file carries the `RulesFingerprint` it was written under; opened under another one it is
/// emptied first. Nothing here prints or fails a run: every problem with the file (a read-only
/// folder, a corrupt or foreign file, a lock held too long by another run) comes back as a
/// `CacheWarning`, and the caller goes on without the cache — or with a fresh one.
///
/// Layout: `meta(name PRIMARY KEY, value)` holds the fingerprint; `extraction(key PRIMARY KEY,
/// file, value)` holds each result in `ExtractionCodec`'s binary form of `DocumentExtraction` (JSON before schema 2). The rollback
/// journal (not WAL) is used so that a run on a read-only folder can still read an existing cache.
public struct ExtractionCache: Sendable {
    public static let folderName = ".annals"
    public static let fileName = "extractions.sqlite"
    /// How long a run waits for another run that is writing the same cache.
    static let busyTimeout: TimeInterval = 30

    public let location: URL
    public let fingerprint: RulesFingerprint
    let queue: DatabaseQueue

    /// The result of opening: the cache (nil when the run must go without one), whether it was
    /// emptied first and why, and what went wrong on the way.
    public struct Opening: Sendable {
        public var cache: ExtractionCache?
        public var rebuilt: CacheRebuildReason?
        public var warnings: [CacheWarning]
    }

    /// The cache file of a corpus folder.
    public static func location(corpus directory: URL) -> URL {
        directory.appendingPathComponent(folderName).appendingPathComponent(fileName)
    }

    /// Opens the cache of the corpus folder `directory`, creating `.annals/` and the file if needed.
    public static func open(corpus directory: URL, fingerprint: RulesFingerprint = .current()) -> Opening {
        open(file: location(corpus: directory), fingerprint: fingerprint)
    }

    /// Opens (or creates) the cache file at `file`. A file that is not a readable database is
    /// replaced by an empty one; one written under another fingerprint is emptied.
    public static func open(file: URL, fingerprint: RulesFingerprint) -> Opening {
        let folder = file.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            if !FileManager.default.fileExists(atPath: file.path) {
                return Opening(cache: nil, rebuilt: nil, warnings: [
                    CacheWarning("cannot create the cache folder \(folder.path) (\(Self.reason(error))); extracting every document without a cache"),
                ])
            }
        }
        do {
            return try openChecked(file: file, fingerprint: fingerprint)
        } catch let error as DatabaseError where Self.isUnreadable(error) {
            // Not a database (or a damaged one): it holds nothing worth keeping, so start afresh.
            let warning = CacheWarning("the cache file \(file.path) could not be read (\(Self.reason(error))); replacing it with a new one")
            do {
                for suffix in ["", "-journal", "-wal", "-shm"] where FileManager.default.fileExists(atPath: file.path + suffix) {
                    try FileManager.default.removeItem(atPath: file.path + suffix)
                }
                var fresh = try openChecked(file: file, fingerprint: fingerprint)
                fresh.rebuilt = .unreadable
                fresh.warnings.insert(warning, at: 0)
                return fresh
            } catch {
                return Opening(cache: nil, rebuilt: nil, warnings: [
                    CacheWarning("the cache file \(file.path) could not be read or replaced (\(Self.reason(error))); extracting every document without a cache"),
                ])
            }
        } catch {
            return Opening(cache: nil, rebuilt: nil, warnings: [
                CacheWarning("cannot open the cache file \(file.path) (\(Self.reason(error))); extracting every document without a cache"),
            ])
        }
    }

    /// Opens the file and makes sure it holds the tables under `fingerprint`. Reads first, so a
    /// cache that is already current is not written to (a read-only folder can still use it).
    private static func openChecked(file: URL, fingerprint: RulesFingerprint) throws -> Opening {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "annals.extraction-cache"
        let queue = try DatabaseQueue(path: file.path, configuration: configuration)
        let stored: String? = try queue.read(storedFingerprint)
        let cache = ExtractionCache(location: file, fingerprint: fingerprint, queue: queue)
        if stored == fingerprint.description {
            return Opening(cache: cache, rebuilt: nil, warnings: [])
        }
        do {
            try immediateTransaction(queue) { db in
                try db.execute(sql: "DROP TABLE IF EXISTS extraction")
                try db.execute(sql: "DROP TABLE IF EXISTS meta")
                try db.execute(sql: "CREATE TABLE meta (name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)")
                try db.execute(sql: "CREATE TABLE extraction (key TEXT PRIMARY KEY NOT NULL, file TEXT NOT NULL, value BLOB NOT NULL)")
                try db.execute(sql: "INSERT INTO meta (name, value) VALUES ('fingerprint', ?)", arguments: [fingerprint.description])
            }
        } catch let error as DatabaseError where !isUnreadable(error) {
            return Opening(cache: nil, rebuilt: nil, warnings: [
                CacheWarning("cannot write the cache file \(file.path) (\(reason(error))); extracting every document without a cache"),
            ])
        }
        return Opening(cache: cache, rebuilt: stored == nil ? nil : .rulesChanged, warnings: [])
    }

    /// The stored results for `keys`. A result that no longer decodes is left out (the document
    /// is then extracted again and its entry overwritten). Decoding runs on all cores.
    public func lookup(_ keys: [DocumentKey]) throws -> [DocumentKey: DocumentExtraction] {
        let blobs: [(DocumentKey, Data)] = try queue.read { db in
            // Checked again in the same transaction: another run of another build may have
            // emptied and refilled the file since it was opened.
            guard try Self.storedFingerprint(db) == fingerprint.description else { return [] }
            let statement = try db.cachedStatement(sql: "SELECT value FROM extraction WHERE key = ?")
            var found: [(DocumentKey, Data)] = []
            for key in Set(keys) {
                if let data = try Data.fetchOne(statement, arguments: [key.hex]) { found.append((key, data)) }
            }
            return found
        }
        let decoded = ResultSlots<DocumentExtraction?>(count: blobs.count)
        DispatchQueue.concurrentPerform(iterations: blobs.count) { i in
            decoded.set(i, try? ExtractionCodec.decode(blobs[i].1))
        }
        var results: [DocumentKey: DocumentExtraction] = [:]
        for (i, value) in decoded.values().enumerated() {
            if let value { results[blobs[i].0] = value }
        }
        return results
    }

    /// Writes `results` in one transaction and removes the entries whose key is not in `live`
    /// (documents edited or deleted since), so the file stays the size of the corpus.
    /// Encoding runs on all cores before the transaction starts.
    public func store(_ results: [(key: DocumentKey, extraction: DocumentExtraction)], keeping live: Set<DocumentKey>) throws -> (stored: Int, pruned: Int) {
        let encoded = ResultSlots<Data?>(count: results.count)
        DispatchQueue.concurrentPerform(iterations: results.count) { i in
            encoded.set(i, ExtractionCodec.encode(results[i].extraction))
        }
        let blobs = encoded.values()
        return try Self.immediateTransaction(queue) { db in
            guard try Self.storedFingerprint(db) == fingerprint.description else { return (0, 0) }
            var stored = 0
            let insert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO extraction (key, file, value) VALUES (?, ?, ?)")
            for (i, result) in results.enumerated() {
                guard let blob = blobs[i] else { continue }
                try insert.execute(arguments: [result.key.hex, result.extraction.file, blob])
                stored += 1
            }
            let present = try String.fetchAll(db, sql: "SELECT key FROM extraction")
            let delete = try db.cachedStatement(sql: "DELETE FROM extraction WHERE key = ?")
            var pruned = 0
            for key in present where !live.contains(DocumentKey(hex: key)) {
                try delete.execute(arguments: [key])
                pruned += 1
            }
            return (stored, pruned)
        }
    }

    /// The fingerprint the file was written under, nil for a new file.
    static func storedFingerprint(_ db: Database) throws -> String? {
        guard try db.tableExists("meta"), try db.tableExists("extraction") else { return nil }
        return try String.fetchOne(db, sql: "SELECT value FROM meta WHERE name = 'fingerprint'")
    }

    /// A write transaction that takes the write lock at once (BEGIN IMMEDIATE), so two runs
    /// writing the same cache wait for each other (up to `busyTimeout`) instead of one failing
    /// when it upgrades a read lock.
    static func immediateTransaction<T>(_ queue: DatabaseQueue, _ body: (Database) throws -> T) throws -> T {
        try queue.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                return .commit
            }
            return result!
        }
    }

    /// The number of results stored.
    public func count() throws -> Int {
        try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM extraction") ?? 0 }
    }

    static func isUnreadable(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT
    }

    /// SQLite's own words for an error, without GRDB's SQL echo.
    static func reason(_ error: Error) -> String {
        if let db = error as? DatabaseError { return db.message ?? "\(db.resultCode)" }
        return (error as NSError).localizedDescription
    }
}
