/// The aggregation stage's output: sources, merged events and reconciled figures.
public struct Digest: Codable, Hashable, Sendable {
    public var sources: [Source]
    public var events: [Event]
    public var figures: [Figure]
    public var breakdowns: [Breakdown]
    /// Human decisions applied from `corrections.yaml`, in the order applied.
    public var corrections: [AppliedCorrection]

    public init(sources: [Source], events: [Event], figures: [Figure], breakdowns: [Breakdown], corrections: [AppliedCorrection] = []) {
        self.sources = sources
        self.events = events
        self.figures = figures
        self.breakdowns = breakdowns
        self.corrections = corrections
    }

    public func source(file: String) -> Source? { sources.first { $0.file == file } }
    public func event(id: String) -> Event? { events.first { $0.id == id } }
    public func figures(of event: String) -> [Figure] { figures.filter { $0.event == event } }
}

/// A correction from `corrections.yaml` as applied: what it did and why.
public struct AppliedCorrection: Codable, Hashable, Sendable {
    public var action: String
    public var target: String
    public var reason: String
    public var source: String?

    public init(action: String, target: String, reason: String, source: String? = nil) {
        self.action = action
        self.target = target
        self.reason = reason
        self.source = source
    }
}
