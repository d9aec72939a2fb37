/// Everything extraction found in one article, before aggregation: the stage's output.
public struct DocumentExtraction: Codable, Hashable, Sendable {
    public var file: String
    public var dct: DocumentDate
    public var removed: [RemovedText]
    public var sentences: [Sentence]
    public var timexes: [Timex]
    public var ranges: [TimeRange]
    public var figures: [FigureMention]
    public var events: [EventMention]

    public init(file: String, dct: DocumentDate, removed: [RemovedText] = [], sentences: [Sentence] = [],
                timexes: [Timex] = [], ranges: [TimeRange] = [], figures: [FigureMention] = [], events: [EventMention] = []) {
        self.file = file
        self.dct = dct
        self.removed = removed
        self.sentences = sentences
        self.timexes = timexes
        self.ranges = ranges
        self.figures = figures
        self.events = events
    }
}
