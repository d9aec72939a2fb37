import Foundation

/// Reads a corpus folder (or chosen files) into articles with their metadata.
///
/// Files: every `*.txt` and `*.md` in the folder and its sub-folders, hidden files and dot-folders
/// (such as `.annals`) left out, sorted by their path relative to the folder; that relative path
/// (with `/`) is the article's `file` and the key in `sources.csv`.
///
/// Metadata: `sources.csv` beside the files (optional: without it, metadata carries only `file`),
/// merged with Markdown front matter. A non-empty `sources.csv` cell wins over front matter,
/// because the table is the corpus keeper's record; front matter fills the cells the table leaves
/// empty, and a disagreement is reported as a warning.
///
/// Text: decoded by `ArticleTextDecoder`; a byte-order mark is dropped and offsets count the text
/// after it. Binary, empty, unreadable and over-large files are skipped with a warning — or refused
/// with a `CorpusError` when `strict`.
///
/// A folder's files are read and decoded on every core (`ConcurrentMap.indices`), and
/// `sources.csv` beside the folder walk; what each file had to say is replayed in file order, so
/// articles, warnings and (when strict) the error are those of reading the files one by one.
///
/// Limits (`CorpusLimits`): a file larger than `maxFileSize` is never read, only reported; a folder
/// with more than `maxDocuments` article files is refused before any is read. Symbolic links to
/// files are read; symbolic links to folders are not followed (a link to a parent would loop), and
/// are reported.
public struct CorpusLoader: Sendable {
    public var strict: Bool
    public var limits: CorpusLimits
    public static let articleExtensions: Set<String> = ["txt", "md"]

    public init(strict: Bool = false, limits: CorpusLimits = .default) {
        self.strict = strict
        self.limits = limits
    }

    public func load(directory: URL) throws -> Corpus {
        let directory = directory.standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CorpusError(file: directory.path, message: "not a folder; give the folder that holds the article files")
        }
        // The folder walk and sources.csv are independent: both at once. The table's outcome is
        // applied first, as when they ran one after the other.
        let (tableOutcome, listing) = readTableWhileListing(directory)
        var report: Report
        let table: SourcesTable
        switch tableOutcome {
        case .success(let read): (table, report) = read
        case .failure(let error): throw error
        }
        try checkDocumentCount(listing.total, folder: directory.path)
        for note in listing.notes { try report.note(note) }
        let files = listing.files
        var articles: [Article] = []
        articles.reserveCapacity(files.count)
        // Read and decoded on every core; what each file had to say is replayed in file order, so
        // the warnings, and in strict mode the error, are those of reading them one by one.
        // Paths as strings: a URL per file (appending, `path`, `pathExtension`) cost about 25 000
        // instructions a file, more than reading it.
        let folderPath = directory.path.hasSuffix("/") ? directory.path : directory.path + "/"
        let readings = ConcurrentMap.indices(files.count) { i in
            readArticleRecording(path: folderPath + files[i], name: files[i], markdown: Self.isMarkdownName(files[i]), row: table.rows[files[i]])
        }
        for reading in readings {
            try report.replay(reading.entries)
            if let failure = reading.failure { throw failure }
            if let article = reading.article { articles.append(article) }
        }
        let present = Set(files)
        for file in table.orderedFiles where !present.contains(file) {
            let line = table.rows[file]?.line
            try report.note(CorpusWarning(file: SourcesTable.fileName, line: line,
                                          message: "row for '\(file)' but no such .txt/.md file in the folder; fix the name or remove the row"))
        }
        return Corpus(directory: directory, articles: articles, warnings: report.warnings)
    }

    /// Reads the given files, in the given order (duplicates once). Each file's metadata comes
    /// from the `sources.csv` in its own folder, if there is one; rows for files not given are ignored.
    public func load(files: [URL]) throws -> Corpus {
        var report = Report(strict: strict)
        var tables: [String: SourcesTable] = [:]
        var articles: [Article] = []
        var seen: Set<String> = []
        try checkDocumentCount(Set(files.map(\.standardizedFileURL.path)).count, folder: nil)
        for file in files {
            let url = file.standardizedFileURL
            guard seen.insert(url.path).inserted else { continue }
            let folder = url.deletingLastPathComponent()
            if tables[folder.path] == nil { tables[folder.path] = try readTable(in: folder, report: &report) }
            let name = url.lastPathComponent
            if let article = try readArticle(path: url.path, name: name, markdown: url.pathExtension.lowercased() == "md",
                                             row: tables[folder.path]?.rows[name], report: &report) {
                articles.append(article)
            }
        }
        let directory = files.first.map { $0.standardizedFileURL.deletingLastPathComponent() }
            ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        return Corpus(directory: directory, articles: articles, warnings: report.warnings)
    }

    /// Collects warnings, or turns them into errors when strict. A recording report (one file's,
    /// read on another core) only keeps what was said, in order, for `replay` into the corpus's.
    struct Report {
        var strict: Bool
        var warnings: [CorpusWarning] = []
        var recording = false
        var entries: [Entry] = []

        /// A warning that `strict` turns into an error, or one that never is.
        enum Entry: Sendable {
            case note(CorpusWarning)
            case inform(CorpusWarning)
        }

        mutating func note(_ warning: CorpusWarning) throws(CorpusError) {
            if recording { entries.append(.note(warning)); return }
            if strict { throw CorpusError(warning) }
            warnings.append(warning)
        }

        /// A caveat that is never an error, even when strict.
        mutating func inform(_ warning: CorpusWarning) {
            if recording { entries.append(.inform(warning)); return }
            warnings.append(warning)
        }

        mutating func replay(_ recorded: [Entry]) throws(CorpusError) {
            for entry in recorded {
                switch entry {
                case .note(let warning): try note(warning)
                case .inform(let warning): inform(warning)
                }
            }
        }
    }

    /// One article file read on its own: the article (nil when skipped), what the reading said, and
    /// the error that ended it, if any.
    struct ArticleReading: Sendable {
        var article: Article?
        var entries: [Report.Entry]
        var failure: CorpusError?
    }

    func readArticleRecording(path: String, name: String, markdown: Bool, row: SourcesTable.Row?) -> ArticleReading {
        var report = Report(strict: strict, recording: true)
        do {
            let article = try readArticle(path: path, name: name, markdown: markdown, row: row, report: &report)
            return ArticleReading(article: article, entries: report.entries, failure: nil)
        } catch let error as CorpusError {
            return ArticleReading(article: nil, entries: report.entries, failure: error)
        } catch {
            return ArticleReading(article: nil, entries: report.entries, failure: CorpusError(file: name, message: "\(error)"))
        }
    }

    /// `sources.csv` read (with its own report) while the folder is walked on another core.
    private func readTableWhileListing(_ directory: URL) -> (Result<(SourcesTable, Report), CorpusError>, Listing) {
        let outcomes = ResultSlots<TableOrListing>(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            if k == 0 {
                var report = Report(strict: strict)
                do {
                    let table = try readTable(in: directory, report: &report)
                    outcomes.set(0, .table(.success((table, report))))
                } catch let error as CorpusError {
                    outcomes.set(0, .table(.failure(error)))
                } catch {
                    outcomes.set(0, .table(.failure(CorpusError(file: SourcesTable.fileName, message: "\(error)"))))
                }
            } else {
                outcomes.set(1, .listing(articleListing(in: directory)))
            }
        }
        let values = outcomes.values()
        guard case .table(let table) = values[0], case .listing(let listing) = values[1] else { preconditionFailure("two slots, two kinds") }
        return (table, listing)
    }

    private enum TableOrListing: Sendable {
        case table(Result<(SourcesTable, Report), CorpusError>)
        case listing(Listing)
    }

    /// More article files than `limits.maxDocuments`: refused before any file is read.
    private func checkDocumentCount(_ count: Int, folder: String?) throws {
        guard count > limits.maxDocuments else { return }
        let place = folder != nil ? "the folder holds \(count) article files" : "\(count) article files were given"
        throw CorpusError(file: folder ?? "input",
                          message: "\(place), more than the limit of \(limits.maxDocuments); raise it with \(CorpusLimits.maxDocumentsFlag) \(count) or choose fewer files")
    }

    /// The message for a file over `limits.maxFileSize`, naming its size and the flag to raise the limit.
    func tooLargeMessage(size: Int) -> String {
        "is \(CorpusLimits.describe(bytes: size)) (\(size) bytes), over the \(CorpusLimits.describe(bytes: limits.maxFileSize)) limit; not read — raise the limit with \(CorpusLimits.maxFileSizeFlag) \(size) if it really is one article"
    }

    private func readTable(in folder: URL, report: inout Report) throws -> SourcesTable {
        let url = folder.appendingPathComponent(SourcesTable.fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return SourcesTable() }
        let data: Data
        switch BoundedFileReader.read(path: url.path, limit: limits.maxFileSize) {
        case .success(let bytes): data = bytes
        case .failure(let failure):
            throw CorpusError(file: SourcesTable.fileName, message: failure.tooLargeSize.map(tooLargeMessage) ?? "\(failure.summary); check the file")
        }
        let text: String
        switch ArticleTextDecoder.decode(data) {
        case .success(let decoded): text = decoded.text
        case .failure(.binary(let offset)):
            throw CorpusError(file: SourcesTable.fileName, message: "is not text (control byte at byte \(offset)); save it as UTF-8 CSV")
        case .failure(.invalid(let encoding, let offset)):
            throw CorpusError(file: SourcesTable.fileName, message: "is not valid \(encoding.rawValue) at byte \(offset); save it as UTF-8 CSV")
        case .failure(.unmarkedUTF16(let likely, let offset)):
            throw CorpusError(file: SourcesTable.fileName, message: "looks like \(likely.rawValue) without a byte-order mark (NUL byte at byte \(offset)); the encoding cannot be known for sure — save it as UTF-8 CSV")
        }
        let table = try SourcesTable(text: text, name: SourcesTable.fileName, strict: strict)
        for w in table.warnings { try report.note(w) }
        return table
    }

    /// `markdown`: the file is Markdown (its front matter, if any, is read).
    private func readArticle(path: String, name: String, markdown: Bool, row: SourcesTable.Row?, report: inout Report) throws -> Article? {
        let data: Data
        switch BoundedFileReader.read(path: path, limit: limits.maxFileSize) {
        case .success(let bytes): data = bytes
        case .failure(let failure):
            let message = failure.tooLargeSize.map(tooLargeMessage) ?? "\(failure.summary); skipped — check the file"
            try report.note(CorpusWarning(file: name, message: message))
            return nil
        }
        let text: String
        switch ArticleTextDecoder.decode(data) {
        case .success(let decoded):
            text = decoded.text
            if decoded.encoding == .windows1252 {
                // Not an error: the text is read, but the user should know its encoding was inferred.
                report.inform(CorpusWarning(file: name, message: "not UTF-8 (first non-UTF-8 byte at offset \(decoded.firstNonUTF8Byte ?? 0)); read as Windows-1252/Latin-1 — save as UTF-8 to be sure"))
            }
        case .failure(.binary(let offset)):
            try report.note(CorpusWarning(file: name, message: "binary, not text (control byte 0x\(String(format: "%02X", data[data.startIndex + offset])) at byte offset \(offset)); skipped — remove it or convert it to plain text"))
            return nil
        case .failure(.invalid(let encoding, let offset)):
            try report.note(CorpusWarning(file: name, message: "starts with a \(encoding.rawValue) byte-order mark but is not valid \(encoding.rawValue) at byte offset \(offset); skipped — re-save it as UTF-8"))
            return nil
        case .failure(.unmarkedUTF16(let likely, let offset)):
            try report.note(CorpusWarning(file: name, message: "looks like \(likely.rawValue) without a byte-order mark (NUL byte at byte offset \(offset)); the encoding cannot be known for sure, skipped — re-save it as UTF-8 (or UTF-16 with a byte-order mark)"))
            return nil
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            try report.note(CorpusWarning(file: name, message: "empty; skipped"))
            return nil
        }
        var metadata = row?.metadata ?? SourceMetadata(file: name)
        metadata.file = name
        var bodyStart = 0
        if markdown {
            do {
                if let front = try FrontMatter.parse(text) {
                    bodyStart = front.bodyStart
                    try merge(front, into: &metadata, file: name, csvLine: row?.line, report: &report)
                }
            } catch let failure as FrontMatter.Failure {
                try report.note(CorpusWarning(file: name, line: failure.line, message: failure.message))
            }
        }
        return Article(file: name, text: text, bodyStart: bodyStart, metadata: metadata)
    }

    /// Whether a listed article file (a relative path whose name does not start with ".", as the
    /// folder walk keeps them) is Markdown: its name ends in ".md" in any case, as
    /// `URL.pathExtension` reads such a name.
    static func isMarkdownName(_ relative: String) -> Bool {
        // An ASCII path (nearly every one) by its bytes: the Character split below cost about
        // ten thousand instructions a file.
        if let ascii = relative.utf8.withContiguousStorageIfAvailable(asciiIsMarkdownName), let answer = ascii { return answer }
        let name = relative.split(separator: "/").last ?? Substring(relative)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return name[name.index(after: dot)...].lowercased() == "md"
    }

    /// `isMarkdownName` of an ASCII path's bytes (the last non-empty `/` component ends in a
    /// dot not at its start and `md` in any case); nil for a path beyond ASCII.
    private static func asciiIsMarkdownName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        var end = bytes.count
        while end > 0 && bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        var start = end
        while start > 0 && bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
        guard end - start >= 4, bytes[end - 3] == UInt8(ascii: ".") else { return false }
        return (bytes[end - 2] | 0x20) == UInt8(ascii: "m") && (bytes[end - 1] | 0x20) == UInt8(ascii: "d")
    }

    /// Fills metadata cells the table left empty from front matter; the table wins on disagreement.
    private func merge(_ front: FrontMatter, into metadata: inout SourceMetadata, file: String, csvLine: Int?, report: inout Report) throws {
        func fill(_ key: String, _ current: inout String?, _ value: String?) throws {
            guard let value else { return }
            if let current, current != value {
                try report.note(CorpusWarning(file: file, line: 1, message: "front matter \(key) '\(value)' differs from sources.csv line \(csvLine ?? 0) ('\(current)'); using sources.csv"))
                return
            }
            current = value
        }
        try fill("title", &metadata.title, front.title)
        try fill("publisher", &metadata.publisher, front.publisher)
        try fill("url", &metadata.url, front.url)
        try fill("note", &metadata.note, front.note)
        if let raw = front.published {
            let date: PartialDate?
            do { date = try PublishedDateParser.parse(raw) } catch {
                throw CorpusError(file: file, line: 1, message: "front matter: \(error.description)")
            }
            if let date, let existing = metadata.published, existing != date {
                try report.note(CorpusWarning(file: file, line: 1, message: "front matter published '\(date)' differs from sources.csv line \(csvLine ?? 0) ('\(existing)'); using sources.csv"))
            } else if metadata.published == nil {
                metadata.published = date
            }
        }
    }
}

extension BoundedFileReader.Failure {
    /// The file's size when it was refused for being too large.
    var tooLargeSize: Int? {
        if case .tooLarge(let size) = self { return size }
        return nil
    }

    /// What went wrong, as the middle of a loader message ("cannot be read: Permission denied ...").
    var summary: String {
        switch self {
        case .missing: return "does not exist (or is a symbolic link to nothing)"
        case .cannotOpen(let reason, let permission):
            return permission ? "cannot be read: \(reason) — give read permission (chmod a+r)" : "cannot be opened: \(reason)"
        case .linkLoop: return "is a loop of symbolic links"
        case .notRegular(let kind): return "is \(kind), not a regular file"
        case .tooLarge(let size): return "is too large (\(size) bytes)"
        case .readError(let reason): return "could not be read to the end: \(reason)"
        }
    }
}
