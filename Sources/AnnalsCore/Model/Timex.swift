/// TimeML TIMEX3 types.
public enum TimexType: String, Codable, Sendable, CaseIterable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// A time expression found in text, with its TimeML value and, where it names a calendar date or
/// period, the structured date the aggregation uses.
public struct Timex: Codable, Hashable, Sendable {
    /// Unicode-scalar offsets in the file's text, end exclusive.
    public var start: Int
    public var end: Int
    public var text: String
    public var type: TimexType
    /// TimeML value: `1992-02-26`, `1992`, `P33Y`, `PRESENT_REF`, `XXXX-10-07`, `1998-W02`, ...
    public var value: String
    /// Index of the sentence holding it (in the document's sentence list), -1 when unknown.
    public var sentence: Int
    /// The calendar date or period it denotes, when it denotes one (not for durations or sets).
    public var date: DateSpan?

    public init(start: Int, end: Int, text: String, type: TimexType, value: String, sentence: Int = -1, date: DateSpan? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.value = value
        self.sentence = sentence
        self.date = date
    }
}

/// A stated range between two time expressions ("between 1988 and 1994", "from May to July",
/// "the night between February 25th and 26th", "1992/1993"): the span covers the whole phrase.
public struct TimeRange: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var text: String
    public var sentence: Int
    public var span: DateSpan

    public init(start: Int, end: Int, text: String, sentence: Int, span: DateSpan) {
        self.start = start
        self.end = end
        self.text = text
        self.sentence = sentence
        self.span = span
    }
}
