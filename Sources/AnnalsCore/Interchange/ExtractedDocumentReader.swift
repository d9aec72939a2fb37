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

    /// Parses one shard's text. `source` names it in errors (the first bad line's, in line order).
    ///
    /// Lines are cut at "\n" bytes (a "\r" before it is white space to the JSON parser) and
    /// decoded on all cores: a shard of ten thousand documents is over a hundred megabytes, and
    /// splitting it by `Character` and decoding it line by line on one core took minutes.
    /// Complexity: O(bytes), spread over the cores.
    public func documents(in text: String, source: String) throws(JSONLinesError) -> [(line: Int, document: ExtractedDocument)] {
        let bytes = Array(text.utf8)
        var lines: [Range<Int>] = []
        var start = 0
        for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            lines.append(start..<i)
            start = i + 1
        }
        lines.append(start..<bytes.count)
        let ranges = lines
        let parsed = ConcurrentMap.indices(ranges.count) { i -> Result<ExtractedDocument, JSONLinesError>? in
            Self.document(bytes[ranges[i]], line: i + 1, source: source)
        }
        var documents: [(line: Int, document: ExtractedDocument)] = []
        for (i, result) in parsed.enumerated() {
            switch result {
            case nil: continue
            case .success(let document)?: documents.append((i + 1, document))
            case .failure(let error)?: throw error
            }
        }
        return documents
    }

    /// One line's document, nil for a blank line.
    private static func document(_ line: ArraySlice<UInt8>, line number: Int, source: String) -> Result<ExtractedDocument, JSONLinesError>? {
        if isBlank(line) { return nil }
        func fail(_ message: String) -> Result<ExtractedDocument, JSONLinesError> {
            .failure(JSONLinesError(source: source, line: number, message: message))
        }
        let data = Data(line)
        let decoder = JSONDecoder()
        // The schema is checked before anything else is reported, so that a line of another kind
        // (an input document, another version) is named as such rather than as a missing field;
        // a line that decodes (nearly every one) is parsed once.
        struct Header: Decodable { var schema: String? }
        func schemaProblem() -> Result<ExtractedDocument, JSONLinesError>? {
            guard let header = try? decoder.decode(Header.self, from: data) else {
                return fail("not a JSON object; each line must be one document written by `annals extract --format jsonl`")
            }
            guard header.schema == ExtractedDocument.currentSchema else {
                if let schema = header.schema {
                    return fail("schema '\(schema)' is not '\(ExtractedDocument.currentSchema)'; extract the shard again with this version of annals")
                }
                return fail("no \"schema\" key: not a line written by `annals extract --format jsonl` (an input document, perhaps?)")
            }
            return nil
        }
        let document: ExtractedDocument
        do {
            document = try decoder.decode(ExtractedDocument.self, from: data)
        } catch let error as DecodingError {
            return schemaProblem() ?? fail(describe(error))
        } catch {
            return schemaProblem() ?? fail("\(error)")
        }
        if document.schema != ExtractedDocument.currentSchema, let problem = schemaProblem() { return problem }
        guard document.file == document.extraction.file, document.file == document.source.file else {
            return fail("'file' (\(document.file)) differs from the file named in its source or extraction; the line was edited")
        }
        return .success(document)
    }

    /// Whether the line is white space only (`Character.isWhitespace`), decided on the bytes
    /// unless a byte outside ASCII needs the characters.
    private static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        var ascii = true
        for byte in line {
            if byte >= 0x80 { ascii = false } else if !(byte == 0x20 || (0x09...0x0D).contains(byte)) { return false }
        }
        return ascii || String(decoding: line, as: UTF8.self).allSatisfy(\.isWhitespace)
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
