import Foundation

/// Reads articles given as JSON Lines, one object a line — the input of `annals extract -`, so that
/// extraction can run as the map step of an engine that pipes records through a program (Spark's
/// `RDD.pipe`):
///
///     {"file": "a.txt", "published": "2019-03-15", "text": "…", "title": "…", "publisher": "…", "url": "…", "note": "…"}
///
/// `file` and `text` are required; `published` is `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`), null or
/// absent, checked as in `sources.csv`; the other keys are optional strings or null. An unknown
/// key is an error rather than ignored, because a misspelt `published` would otherwise lose the
/// date without a word. The text is used as given (a leading byte-order mark dropped, as the corpus
/// loader does), so offsets count its Unicode scalars; a `.md` file's front matter is read as the
/// loader reads it, the line's own fields winning over it. Blank lines are skipped; a line
/// whose text is only whitespace is skipped with a warning, as an empty file is.
public struct DocumentLineReader: Sendable {
    public static let keys: [String] = ["file", "published", "text", "title", "publisher", "url", "note"]

    /// Where the lines come from, for messages (`stdin` or a file name).
    public var source: String
    private var seen: [String: Int] = [:]

    public init(source: String = "stdin") { self.source = source }

    /// The article on line `number` (1-based), or nil for a blank or empty line. Warnings (an empty
    /// text, front matter disagreeing with the line's fields) are appended to `warnings`.
    public mutating func read(line text: Substring, number: Int, warnings: inout [CorpusWarning]) throws(JSONLinesError) -> Article? {
        func fail(_ message: String) -> JSONLinesError { JSONLinesError(source: source, line: number, message: message) }
        if text.allSatisfy({ $0.isWhitespace }) { return nil }
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) as? [String: Any] else {
                throw fail("not a JSON object; each line must be one document like {\"file\": \"a.txt\", \"published\": \"2020-01-31\", \"text\": \"…\"}")
            }
            object = parsed
        } catch let error as JSONLinesError {
            throw error
        } catch {
            throw fail("not valid JSON (\((error as NSError).localizedDescription)); each line must be one complete JSON object")
        }
        if let unknown = object.keys.sorted().first(where: { !Self.keys.contains($0) }) {
            throw fail("unknown key '\(unknown)'; the keys are \(Self.keys.joined(separator: ", "))")
        }
        func string(_ key: String, required: Bool = false) throws(JSONLinesError) -> String? {
            switch object[key] {
            case nil, is NSNull:
                if required { throw fail("'\(key)' is missing; every line needs \"file\" and \"text\"") }
                return nil
            case let value as String: return value
            default: throw fail("'\(key)' must be a string\(required ? "" : " or null")")
            }
        }
        guard let file = try string("file", required: true), !file.isEmpty else { throw fail("'file' is empty; give the article's file name") }
        guard var body = try string("text", required: true) else { throw fail("'text' is missing") }
        if let previous = seen[file] { throw fail("file '\(file)' was already given on line \(previous); each document once") }
        seen[file] = number
        if body.unicodeScalars.first == "\u{FEFF}" { body.unicodeScalars.removeFirst() }
        var metadata = SourceMetadata(file: file, title: try string("title"), publisher: try string("publisher"),
                                      url: try string("url"), note: try string("note"))
        if let raw = try string("published") {
            do { metadata.published = try PublishedDateParser.parse(raw) } catch { throw fail(error.description) }
        }
        if body.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            warnings.append(CorpusWarning(file: file, message: "empty; skipped (\(source) line \(number))"))
            return nil
        }
        var bodyStart = 0
        if file.lowercased().hasSuffix(".md") {
            do {
                if let front = try FrontMatter.parse(body) {
                    bodyStart = front.bodyStart
                    try merge(front, into: &metadata, line: number, warnings: &warnings)
                }
            } catch let failure as FrontMatter.Failure {
                warnings.append(CorpusWarning(file: file, line: failure.line, message: failure.message))
            } catch let error as JSONLinesError {
                throw error
            } catch {
                throw fail("\(error)")
            }
        }
        return Article(file: file, text: body, bodyStart: bodyStart, metadata: metadata)
    }

    /// Front matter fills what the line leaves out; on disagreement the line wins, with a warning.
    private func merge(_ front: FrontMatter, into metadata: inout SourceMetadata, line: Int, warnings: inout [CorpusWarning]) throws {
        func fill(_ key: String, _ current: inout String?, _ value: String?) {
            guard let value else { return }
            if let current, current != value {
                warnings.append(CorpusWarning(file: metadata.file, line: 1, message: "front matter \(key) '\(value)' differs from \(source) line \(line) ('\(current)'); using the line's"))
                return
            }
            current = value
        }
        fill("title", &metadata.title, front.title)
        fill("publisher", &metadata.publisher, front.publisher)
        fill("url", &metadata.url, front.url)
        fill("note", &metadata.note, front.note)
        if let raw = front.published {
            let date: PartialDate?
            do { date = try PublishedDateParser.parse(raw) } catch {
                throw JSONLinesError(source: source, line: line, message: "front matter of '\(metadata.file)': \(error.description)")
            }
            if let date, let existing = metadata.published, existing != date {
                warnings.append(CorpusWarning(file: metadata.file, line: 1, message: "front matter published '\(date)' differs from \(source) line \(line) ('\(existing)'); using the line's"))
            } else if metadata.published == nil {
                metadata.published = date
            }
        }
    }
}
