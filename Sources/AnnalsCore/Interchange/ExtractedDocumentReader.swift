import Foundation

/// Reads the shards `annals extract --format jsonl` wrote, checking each line, and puts the
/// documents back in corpus order (by file name, as `CorpusLoader` sorts them) whatever order
/// the shards and their lines came in — so the aggregate equals that of a single run.
public struct ExtractedDocumentReader: Sendable {
    public struct Shards: Sendable {
        /// Sorted by file name.
        public var documents: [ExtractedDocument]
        /// The distinct `rules` labels met; more than one means the shards were made by different rules.
        public var rules: [String]
    }

    public init() {}

    /// Parses one shard's text. `source` names it in errors.
    public func documents(in text: String, source: String) throws(JSONLinesError) -> [(line: Int, document: ExtractedDocument)] {
        let decoder = JSONDecoder()
        var documents: [(line: Int, document: ExtractedDocument)] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.allSatisfy({ $0.isWhitespace }) { continue }
            func fail(_ message: String) -> JSONLinesError { JSONLinesError(source: source, line: number, message: message) }
            let data = Data(line.utf8)
            // The schema first, so a line of another kind (an input document, another version)
            // is named as such rather than reported as a missing field.
            struct Header: Decodable { var schema: String? }
            guard let header = try? decoder.decode(Header.self, from: data) else {
                throw fail("not a JSON object; each line must be one document written by `annals extract --format jsonl`")
            }
            guard header.schema == ExtractedDocument.currentSchema else {
                if let schema = header.schema {
                    throw fail("schema '\(schema)' is not '\(ExtractedDocument.currentSchema)'; extract the shard again with this version of annals")
                }
                throw fail("no \"schema\" key: not a line written by `annals extract --format jsonl` (an input document, perhaps?)")
            }
            do {
                let document = try decoder.decode(ExtractedDocument.self, from: data)
                guard document.file == document.extraction.file, document.file == document.source.file else {
                    throw fail("'file' (\(document.file)) differs from the file named in its source or extraction; the line was edited")
                }
                documents.append((number, document))
            } catch let error as JSONLinesError {
                throw error
            } catch let error as DecodingError {
                throw fail(Self.describe(error))
            } catch {
                throw fail("\(error)")
            }
        }
        return documents
    }

    /// Reads the shard files in `urls`. A file named twice, a document in two shards or an
    /// unreadable file is an error naming it.
    public func read(_ urls: [URL]) throws(JSONLinesError) -> Shards {
        var byFile: [String: (source: String, line: Int, document: ExtractedDocument)] = [:]
        var rules: [String] = []
        for url in urls {
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw JSONLinesError(source: url.path, line: 0, message: "cannot be read; give a file written by `annals extract --format jsonl`")
            }
            let text = String(decoding: data, as: UTF8.self)
            for (line, document) in try documents(in: text, source: url.path) {
                if let earlier = byFile[document.file] {
                    throw JSONLinesError(source: url.path, line: line,
                                         message: "document '\(document.file)' is also at \(earlier.source):\(earlier.line); each document must be in one shard once")
                }
                byFile[document.file] = (url.path, line, document)
                if !rules.contains(document.rules) { rules.append(document.rules) }
            }
        }
        let documents = byFile.values.map(\.document).sorted { $0.file < $1.file }
        return Shards(documents: documents, rules: rules)
    }

    /// A decoding error in a person's words: where in the line, and what was expected.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            return keys.isEmpty ? "the line" : String(keys.drop { $0 == "." })
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "'\(key.stringValue)' is missing at \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
