/// The cache key of one article: a SHA-256 over everything extraction reads from it.
///
/// `DocumentExtractor` reads the text, the file name (copied into every mention's provenance),
/// where the body starts (after front matter) and the metadata (the publication date anchors
/// relative dates; title, publisher, url and note are included too, so that no future use of them
/// can serve a stale result). Each field is length-prefixed through `SHA256.update(field:)`, and
/// absent values are told apart from empty ones. The rules and the code are not part of the key:
/// they are the cache's `RulesFingerprint`, checked once for the whole file.
public struct DocumentKey: Hashable, Sendable, CustomStringConvertible {
    /// 64 lower-case hex digits.
    public let hex: String

    public init(hex: String) { self.hex = hex }

    /// Complexity: O(length of the text).
    public init(_ article: Article) {
        var h = SHA256()
        h.update(field: "annals.document-key/1")
        h.update(field: article.file)
        h.update(field: String(article.bodyStart))
        h.update(field: article.text)
        let m = article.metadata
        for value in [m.file, m.title, m.publisher, m.url, m.published?.description, m.published.map { $0.precision.rawValue }, m.note] {
            if let value {
                h.update(field: "+")
                h.update(field: value)
            } else {
                h.update(field: "-")
            }
        }
        hex = h.hexDigest()
    }

    public var description: String { hex }
}
