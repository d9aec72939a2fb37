/// A human decision from `CORPUS/corrections.yaml`, applied on every run. Each carries the reason
/// a person gave and, where it brings facts from outside the corpus, the source of those facts.
public struct Correction: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        /// Set an event's date.
        case setDate(event: String, date: DateSpan)
        /// Merge events into the first one named.
        case merge(events: [String])
        /// Take one file's mentions out of an event into an event of their own.
        case split(event: String, file: String)
        /// Ignore every mention (event or figure) of one sentence of one file (1-based sentence number).
        case suppress(file: String, sentence: Int)
        /// Add a figure to an event.
        case addFigure(event: String, outcome: Outcome, category: CasualtyCategory, quantity: Quantity)
        /// Add an event that no article of the corpus reports.
        case addEvent(type: EventType, title: String, date: DateSpan?, place: String?)
    }

    /// Where a fact added by a correction comes from.
    public struct ExternalSource: Hashable, Sendable, Codable {
        public var publisher: String?
        public var url: String?
        public var date: String?
    }

    public var action: Action
    public var reason: String
    public var source: ExternalSource?
    /// Line of the entry in the file, for messages.
    public var line: Int
}

/// A corrections file that cannot be applied: the line and what to fix.
public struct CorrectionError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public var description: String { "\(file):\(line): \(message)" }
}
