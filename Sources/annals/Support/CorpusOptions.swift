import AnnalsCore
import ArgumentParser

/// How a corpus is read, shared by every command that reads one so `--strict` and the limits mean
/// the same everywhere.
struct CorpusOptions: ParsableArguments {
    @Flag(help: ArgumentHelp("Treat unreadable, malformed or over-large files as errors instead of skipping them.",
                             discussion: "Example: annals summary my-corpus --strict"))
    var strict = false

    @Option(help: ArgumentHelp("Largest article file read, e.g. 200KB, 50MB, 1GB (decimal) or 64MiB; larger files are skipped with a warning.",
                               discussion: "Example: annals report scraped --max-file-size 5MB"),
            transform: ByteCount.parse)
    var maxFileSize: Int = CorpusLimits.defaultMaxFileSize

    @Option(help: ArgumentHelp("Most article files a corpus may hold; a larger folder is refused before any file is read.",
                               discussion: "Example: annals report scraped --max-documents 500000"))
    var maxDocuments: Int = CorpusLimits.defaultMaxDocuments

    @Flag(name: .customLong("no-cache"),
          help: ArgumentHelp("Extract every document again, neither reading nor writing the corpus folder's .annals/ cache.",
                             discussion: "Example: annals summary my-corpus --no-cache"))
    var noCache = false

    func validate() throws {
        guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be more than 0 bytes") }
        guard maxDocuments > 0 else { throw ValidationError("--max-documents must be at least 1") }
    }

    var limits: CorpusLimits { CorpusLimits(maxFileSize: maxFileSize, maxDocuments: maxDocuments) }
}

/// Sizes as people write them: "1500", "200KB", "50 MB", "64MiB", "1G".
enum ByteCount {
    static let units: [String: Int] = [
        "": 1, "b": 1, "k": 1000, "kb": 1000, "m": 1_000_000, "mb": 1_000_000, "g": 1_000_000_000, "gb": 1_000_000_000,
        "kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30,
    ]

    static func parse(_ text: String) throws -> Int {
        let t = text.lowercased().filter { $0 != " " && $0 != "_" }
        let digits = t.prefix { $0.isNumber || $0 == "." }
        let unit = String(t.dropFirst(digits.count))
        guard let value = Double(digits), value.isFinite, value >= 0, let factor = units[unit] else {
            throw ValidationError("'\(text)' is not a size; write bytes or a number with KB, MB, GB, KiB, MiB or GiB")
        }
        let bytes = value * Double(factor)
        guard bytes < Double(Int.max / 2) else { throw ValidationError("'\(text)' is too large a size") }
        return Int(bytes)
    }
}
