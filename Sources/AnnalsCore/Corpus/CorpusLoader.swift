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
/// after it. Binary, empty and unreadable files are skipped with a warning — or refused with a
/// `CorpusError` when `strict`.
public struct CorpusLoader: Sendable {
    public var strict: Bool
    public static let articleExtensions: Set<String> = ["txt", "md"]

    public init(strict: Bool = false) { self.strict = strict }

    public func load(directory: URL) throws -> Corpus {
        let directory = directory.standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CorpusError(file: directory.path, message: "not a folder; give the folder that holds the article files")
        }
        var report = Report(strict: strict)
        let table = try readTable(in: directory, report: &report)
        let files = articleFiles(in: directory)
        var articles: [Article] = []
        for relative in files {
            let url = directory.appendingPathComponent(relative)
            if let article = try readArticle(url: url, name: relative, row: table.rows[relative], report: &report) {
                articles.append(article)
            }
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
        for file in files {
            let url = file.standardizedFileURL
            guard seen.insert(url.path).inserted else { continue }
            let folder = url.deletingLastPathComponent()
            if tables[folder.path] == nil { tables[folder.path] = try readTable(in: folder, report: &report) }
            let name = url.lastPathComponent
            if let article = try readArticle(url: url, name: name, row: tables[folder.path]?.rows[name], report: &report) {
                articles.append(article)
            }
        }
        let directory = files.first.map { $0.standardizedFileURL.deletingLastPathComponent() }
            ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        return Corpus(directory: directory, articles: articles, warnings: report.warnings)
    }

    /// Collects warnings, or turns them into errors when strict.
    struct Report {
        var strict: Bool
        var warnings: [CorpusWarning] = []
        mutating func note(_ warning: CorpusWarning) throws(CorpusError) {
            if strict { throw CorpusError(warning) }
            warnings.append(warning)
        }
    }

    private func readTable(in folder: URL, report: inout Report) throws -> SourcesTable {
        let url = folder.appendingPathComponent(SourcesTable.fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return SourcesTable() }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CorpusError(file: SourcesTable.fileName, message: "cannot be read; check its permissions")
        }
        let text: String
        switch ArticleTextDecoder.decode(data) {
        case .success(let decoded): text = decoded.text
        case .failure(.binary(let offset)):
            throw CorpusError(file: SourcesTable.fileName, message: "is not text (control byte at byte \(offset)); save it as UTF-8 CSV")
        case .failure(.invalid(let encoding, let offset)):
            throw CorpusError(file: SourcesTable.fileName, message: "is not valid \(encoding.rawValue) at byte \(offset); save it as UTF-8 CSV")
        }
        let table = try SourcesTable(text: text, name: SourcesTable.fileName, strict: strict)
        for w in table.warnings { try report.note(w) }
        return table
    }

    /// Relative paths of the article files under `directory`, sorted. Hidden files and folders
    /// (a name starting with ".") are not entered. Works on relative path strings, which is much
    /// cheaper than URL resource lookups for ten thousand files.
    func articleFiles(in directory: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            let type = enumerator.fileAttributes?[.type] as? FileAttributeType
            if name.hasPrefix(".") {
                if type == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            guard let dot = name.lastIndex(of: "."), Self.articleExtensions.contains(name[name.index(after: dot)...].lowercased()) else { continue }
            if type == .typeRegular || (type == .typeSymbolicLink && isRegularFile(directory.appendingPathComponent(relative))) {
                found.append(relative)
            }
        }
        return found.sorted()
    }

    private func isRegularFile(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    private func readArticle(url: URL, name: String, row: SourcesTable.Row?, report: inout Report) throws -> Article? {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            try report.note(CorpusWarning(file: name, message: "cannot be read (missing or no permission); skipped — check the file"))
            return nil
        }
        let text: String
        switch ArticleTextDecoder.decode(data) {
        case .success(let decoded):
            text = decoded.text
            if decoded.encoding == .windows1252 {
                // Not an error: the text is read, but the user should know its encoding was inferred.
                report.warnings.append(CorpusWarning(file: name, message: "not UTF-8 (first non-UTF-8 byte at offset \(decoded.firstNonUTF8Byte ?? 0)); read as Windows-1252/Latin-1 — save as UTF-8 to be sure"))
            }
        case .failure(.binary(let offset)):
            try report.note(CorpusWarning(file: name, message: "binary, not text (control byte 0x\(String(format: "%02X", data[data.startIndex + offset])) at byte offset \(offset)); skipped — remove it or convert it to plain text"))
            return nil
        case .failure(.invalid(let encoding, let offset)):
            try report.note(CorpusWarning(file: name, message: "starts with a \(encoding.rawValue) byte-order mark but is not valid \(encoding.rawValue) at byte offset \(offset); skipped — re-save it as UTF-8"))
            return nil
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            try report.note(CorpusWarning(file: name, message: "empty; skipped"))
            return nil
        }
        var metadata = row?.metadata ?? SourceMetadata(file: name)
        metadata.file = name
        var bodyStart = 0
        if url.pathExtension.lowercased() == "md" {
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
