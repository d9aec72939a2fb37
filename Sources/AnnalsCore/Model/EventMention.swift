/// A happening as one sentence reports it: a trigger word ("attacked", "ceasefire", "ceremony"),
/// the kind it signals, and what the sentence says of when and where.
public struct EventMention: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    /// The trigger as written in the source (kept verbatim; it may be a loaded word).
    public var text: String
    public var type: EventType
    public var sentence: Int
    /// When, as the sentence (or its resolved context) states it; nil when no date is given.
    public var date: DateSpan?
    /// The source text the date was read from ("the night between February 25th and 26th").
    public var dateText: String?
    /// Named places and names the sentence ties to the happening ("Khojaly", "Baku").
    public var places: [String]
    /// Other proper names that identify the happening (organisers, the war's name).
    public var names: [String]
    /// Indices of the figures (in the same extraction result) that this happening caused.
    public var figures: [Int]
    /// How this happening relates to another mention of the same document (a commemoration
    /// remembers an attack; a ceasefire ends a war), with that mention's index.
    public var relation: EventRelation?
    public var relatedMention: Int?
    /// Organisations or people the sentence names as taking part (organisers, forces).
    public var participants: [String]
    /// Whether its date was read relative to the document date ("today", "last week").
    public var isRelativeToDocumentDate: Bool

    public init(start: Int, end: Int, text: String, type: EventType, sentence: Int, date: DateSpan? = nil,
                dateText: String? = nil, places: [String] = [], names: [String] = [], figures: [Int] = [],
                relation: EventRelation? = nil, relatedMention: Int? = nil, participants: [String] = [],
                isRelativeToDocumentDate: Bool = false) {
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.sentence = sentence
        self.date = date
        self.dateText = dateText
        self.places = places
        self.names = names
        self.figures = figures
        self.relation = relation
        self.relatedMention = relatedMention
        self.participants = participants
        self.isRelativeToDocumentDate = isRelativeToDocumentDate
    }
}

/// How one happening relates to another.
public enum EventRelation: String, Codable, Sendable, CaseIterable {
    /// A commemoration remembers the related event.
    case commemorates
    /// A ceasefire or agreement ends the related event.
    case ends
}
