import Foundation

/// One line of `annals extract --format jsonl`: a document's source metadata and everything
/// extraction found in it, enough to aggregate it later with others (`annals summary --mentions`)
/// exactly as if the whole corpus had been read in one run.
///
///     {"schema": "annals.extraction/1", "rules": "engine=1 resources=…", "file": "a.txt",
///      "source": {SourceMetadata}, "extraction": {DocumentExtraction}}
///
/// `source` and `extraction` are the Codable forms of `SourceMetadata` and `DocumentExtraction`
/// (dates as `{"year", "month", "day", "precision"}` objects, offsets in Unicode scalars of the
/// file's text). `rules` names the rules the line was extracted under, so that shards made by
/// different rule sets are not merged without a word.
public struct ExtractedDocument: Codable, Hashable, Sendable {
    public static let currentSchema = "annals.extraction/1"

    public var schema: String
    public var rules: String
    public var file: String
    public var source: SourceMetadata
    public var extraction: DocumentExtraction

    public init(source: SourceMetadata, extraction: DocumentExtraction, rules: String) {
        schema = Self.currentSchema
        self.rules = rules
        file = extraction.file
        self.source = source
        self.extraction = extraction
    }

    /// The rules part of a fingerprint that matters across machines: the engine and the resource
    /// files (not the build, which differs between machines running the same release).
    public static func rulesLabel(_ fingerprint: RulesFingerprint) -> String {
        "engine=\(fingerprint.engineVersion) resources=\(fingerprint.resources)"
    }

    /// The line, without its line feed: sorted keys, so the same document gives the same bytes.
    public func jsonLine() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
