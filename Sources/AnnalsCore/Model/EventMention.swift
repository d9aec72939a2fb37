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
    /// For a commemoration: the words naming what it remembers, when the sentence says so.
    public var commemorates: String?
    /// The time marker words that make the mention relative to the document date ("today").
    public var isRelativeToDocumentDate: Bool

    public init(start: Int, end: Int, text: String, type: EventType, sentence: Int, date: DateSpan? = nil,
                dateText: String? = nil, places: [String] = [], names: [String] = [], figures: [Int] = [],
                commemorates: String? = nil, isRelativeToDocumentDate: Bool = false) {
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
        self.commemorates = commemorates
        self.isRelativeToDocumentDate = isRelativeToDocumentDate
    }
}
