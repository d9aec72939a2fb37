import Foundation

/// The rows of a corpus's `sources.csv`: one row of metadata per article file.
///
/// Header: `file,title,publisher,url,published,note` in any order; only `file` is required. Cells may
/// be empty. Unknown columns are reported as warnings and ignored; a duplicated column, a missing
/// `file` column, an impossible date or two rows for one file are errors naming the line.
public struct SourcesTable: Sendable {
    public struct Row: Sendable, Hashable {
        public var line: Int
        public var metadata: SourceMetadata
    }

    public static let fileName = "sources.csv"
    public static let knownColumns = ["file", "title", "publisher", "url", "published", "note"]

    /// Rows keyed by the `file` cell (a path relative to the corpus folder).
    public var rows: [String: Row]
    /// Rows in file order, for reporting rows whose file is missing.
    public var orderedFiles: [String]
    public var warnings: [CorpusWarning]

    public init() { rows = [:]; orderedFiles = []; warnings = [] }

    /// "./a.txt" and "sub\\a.txt" name the same files as "a.txt" and "sub/a.txt".
    static func normaliseFileName(_ raw: String) -> String {
        // Most names hold no backslash: Foundation's replace is skipped for them.
        var name = raw.utf8.contains(UInt8(ascii: "\\")) ? raw.replacingOccurrences(of: "\\", with: "/") : raw
        while name.hasPrefix("./") { name.removeFirst(2) }
        return name
    }

    /// Parses the text of a `sources.csv`; `name` is how errors name the file.
    public init(text: String, name: String = SourcesTable.fileName, strict: Bool = false) throws(CorpusError) {
        self.init()
        let records: [CSVReader.Record]
        do { records = try CSVReader.read(text) } catch {
            throw CorpusError(file: name, line: error.line, message: error.message)
        }
        guard let header = records.first else { return }
        var column: [String: Int] = [:]
        for (k, raw) in header.fields.enumerated() {
            let key = raw.trimmingWhitespace(.whitespaces).lowercased()
            if let earlier = column[key] {
                throw CorpusError(file: name, line: header.line,
                                  message: "column '\(key)' appears twice (columns \(earlier + 1) and \(k + 1)); remove or rename one")
            }
            column[key] = k
            if !Self.knownColumns.contains(key) {
                let w = CorpusWarning(file: name, line: header.line,
                                      message: "unknown column '\(raw)' ignored; known columns are \(Self.knownColumns.joined(separator: ", "))")
                if strict { throw CorpusError(w) }
                warnings.append(w)
            }
        }
        guard column["file"] != nil else {
            throw CorpusError(file: name, line: header.line,
                              message: "no 'file' column; the header must name the columns, e.g. \(Self.knownColumns.joined(separator: ","))")
        }
        for record in records.dropFirst() {
            func cell(_ key: String) -> String? {
                guard let k = column[key], k < record.fields.count else { return nil }
                let v = record.fields[k].trimmingWhitespace(.whitespacesAndNewlines)
                return v.isEmpty ? nil : v
            }
            if record.fields.count > header.fields.count {
                let w = CorpusWarning(file: name, line: record.line,
                                      message: "\(record.fields.count) cells but the header has \(header.fields.count); extra cells ignored (quote cells that contain commas)")
                if strict { throw CorpusError(w) }
                warnings.append(w)
            }
            guard let file = cell("file").map(Self.normaliseFileName) else {
                throw CorpusError(file: name, line: record.line, message: "the 'file' cell is empty; name the article file this row describes")
            }
            if let earlier = rows[file] {
                throw CorpusError(file: name, line: record.line,
                                  message: "second row for '\(file)' (first on line \(earlier.line)); keep one row per file")
            }
            let published: PartialDate?
            do { published = try PublishedDateParser.parse(cell("published") ?? "") } catch {
                throw CorpusError(file: name, line: record.line, message: error.description)
            }
            let metadata = SourceMetadata(file: file, title: cell("title"), publisher: cell("publisher"),
                                          url: cell("url"), published: published, note: cell("note"))
            rows[file] = Row(line: record.line, metadata: metadata)
            orderedFiles.append(file)
        }
    }
}
