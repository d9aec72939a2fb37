/// A date or a period: `end` is nil for a point in time ("26 February 1992"), set for a period
/// ("between 1988 and 1994", "the night between February 25th and 26th").
public struct DateSpan: Codable, Hashable, Sendable, CustomStringConvertible {
    public var start: PartialDate
    public var end: PartialDate?
    public var certainty: Certainty
    /// Why the date is inferred or approximate, in the tool's neutral words; nil when stated.
    public var note: String?

    public init(start: PartialDate, end: PartialDate? = nil, certainty: Certainty = .stated, note: String? = nil) {
        self.start = start
        self.end = end
        self.certainty = certainty
        self.note = note
    }

    public var isPeriod: Bool { end != nil && end != start }

    /// The finest precision of the two ends.
    public var precision: DatePrecision { end.map { max($0.precision, start.precision) } ?? start.precision }

    public var description: String {
        guard let end, end != start else { return start.description }
        return start.description + "/" + end.description
    }
}
