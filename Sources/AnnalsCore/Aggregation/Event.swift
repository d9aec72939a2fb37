/// One happening, merged from every mention of it across the corpus.
public struct Event: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var type: EventType
    /// The tool's own neutral title ("Attack on Halabja", "Commemoration in Baku").
    public var title: String
    /// The most precise date every source allows; nil when no source dates it (listed as undated).
    public var date: DateSpan?
    /// Set when sources give dates that cannot all be true: every stated date with its sources.
    public var dateConflict: [DatedClaim]
    public var places: [String]
    public var names: [String]
    /// Files that mention the event, in corpus order.
    public var sources: [String]
    /// Every mention, with its sentence.
    public var mentions: [SourceReference]
    /// Where the date was read from, one reference per source that dates the event.
    public var dateSources: [SourceReference]
    /// The id of the event this one commemorates, when a source says so.
    public var commemorates: String?

    public init(id: String, type: EventType, title: String, date: DateSpan?, dateConflict: [DatedClaim] = [],
                places: [String], names: [String], sources: [String], mentions: [SourceReference],
                dateSources: [SourceReference] = [], commemorates: String? = nil) {
        self.id = id
        self.type = type
        self.title = title
        self.date = date
        self.dateConflict = dateConflict
        self.places = places
        self.names = names
        self.sources = sources
        self.mentions = mentions
        self.dateSources = dateSources
        self.commemorates = commemorates
    }
}

/// A date as some sources state it, kept when sources disagree.
public struct DatedClaim: Codable, Hashable, Sendable {
    public var date: DateSpan
    public var sources: [SourceReference]

    public init(date: DateSpan, sources: [SourceReference]) {
        self.date = date
        self.sources = sources
    }
}
