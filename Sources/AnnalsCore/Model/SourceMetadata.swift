/// What `sources.csv` (or a Markdown article's front matter) says of one article.
public struct SourceMetadata: Codable, Hashable, Sendable {
    public var file: String
    public var title: String?
    public var publisher: String?
    public var url: String?
    /// Publication date as given (`YYYY-MM-DD`), validated.
    public var published: PartialDate?
    public var note: String?

    public init(file: String, title: String? = nil, publisher: String? = nil, url: String? = nil,
                published: PartialDate? = nil, note: String? = nil) {
        self.file = file
        self.title = title
        self.publisher = publisher
        self.url = url
        self.published = published
        self.note = note
    }
}

/// A document's date (TimeML's DCT) and how it is known.
public struct DocumentDate: Codable, Hashable, Sendable {
    public var date: PartialDate?
    /// `.stated` from metadata, `.inferred` from the text (with `reasoning`), `.unknown` when neither.
    public var certainty: Certainty
    public var reasoning: String?

    public init(date: PartialDate?, certainty: Certainty, reasoning: String? = nil) {
        self.date = date
        self.certainty = certainty
        self.reasoning = reasoning
    }

    public static let unknown = DocumentDate(date: nil, certainty: .unknown)
}
