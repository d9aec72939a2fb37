/// How much the loader accepts before refusing: a bound on one file's bytes and on the number of
/// article files, so that a folder scraped from the web cannot exhaust memory.
///
/// A file over `maxFileSize` is never read (its size comes from the file system first); it is
/// skipped with a warning, or refused when strict. A folder with more than `maxDocuments` article
/// files is refused before any of them is read. The CLI exposes both as `--max-file-size` and
/// `--max-documents`; the messages name those flags.
public struct CorpusLimits: Sendable, Hashable {
    /// Largest article (or `sources.csv`) file read, in bytes.
    public var maxFileSize: Int
    /// Most article files one corpus may hold.
    public var maxDocuments: Int

    /// 50 MB (decimal): a news article is a few tens of kilobytes; a 50 MB text file is almost surely not one.
    public static let defaultMaxFileSize = 50_000_000
    /// 200 000 articles: far beyond any hand-collected corpus, well within memory for news-sized files.
    public static let defaultMaxDocuments = 200_000

    public static let `default` = CorpusLimits()

    public static let maxFileSizeFlag = "--max-file-size"
    public static let maxDocumentsFlag = "--max-documents"

    public init(maxFileSize: Int = CorpusLimits.defaultMaxFileSize, maxDocuments: Int = CorpusLimits.defaultMaxDocuments) {
        self.maxFileSize = max(0, maxFileSize)
        self.maxDocuments = max(0, maxDocuments)
    }

    /// "52.4 MB", "812 KB", "90 bytes": sizes in messages, decimal units as `ls -h --si` shows them.
    public static func describe(bytes: Int) -> String {
        if bytes < 1000 { return "\(bytes) bytes" }
        let units = ["KB", "MB", "GB", "TB", "PB"]
        var value = Double(bytes) / 1000
        var unit = 0
        while value >= 1000 && unit < units.count - 1 { value /= 1000; unit += 1 }
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return "\(text) \(units[unit])"
    }
}
