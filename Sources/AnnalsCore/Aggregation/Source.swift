/// One article as the report lists it: its metadata, its date and how that date is known, and what
/// was removed from it as boilerplate.
public struct Source: Codable, Hashable, Sendable {
    /// 1-based number used in citation markers ([1], [2]).
    public var number: Int
    public var file: String
    public var title: String?
    public var publisher: String?
    public var url: String?
    public var published: DocumentDate
    public var note: String?
    public var removed: [RemovedText]

    public init(number: Int, file: String, title: String?, publisher: String?, url: String?,
                published: DocumentDate, note: String?, removed: [RemovedText]) {
        self.number = number
        self.file = file
        self.title = title
        self.publisher = publisher
        self.url = url
        self.published = published
        self.note = note
        self.removed = removed
    }

    /// The publisher, else the title, else the file name: how the tool names the source in prose.
    public var displayName: String { publisher ?? title ?? file }
}
