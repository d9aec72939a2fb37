/// A casualty figure of one event, outcome and category, reconciled across sources in the manner
/// of UCDP's GED: `low` is the lowest figure any source allows, `high` the highest (nil when a
/// source leaves it open, "at least 20"), `best` the value the most sources state (see
/// `FigureReconciler` for the rule), and every value stays listed with its sources.
public struct Figure: Codable, Hashable, Sendable {
    public var event: String
    public var outcome: Outcome
    public var category: CasualtyCategory
    public var low: Int?
    public var best: Int?
    public var high: Int?
    public var approximate: Bool
    /// Files behind any value, in corpus order.
    public var sources: [String]
    /// Set when two sources' intervals cannot both be true.
    public var conflict: Bool
    /// Each distinct value with the sources that state it.
    public var values: [FigureValue]
    /// Whether the tool computed it (the part of a total no category covers) rather than read it.
    public var derived: Bool

    public init(event: String, outcome: Outcome, category: CasualtyCategory, low: Int?, best: Int?, high: Int?,
                approximate: Bool, sources: [String], conflict: Bool, values: [FigureValue], derived: Bool = false) {
        self.event = event
        self.outcome = outcome
        self.category = category
        self.low = low
        self.best = best
        self.high = high
        self.approximate = approximate
        self.sources = sources
        self.conflict = conflict
        self.values = values
        self.derived = derived
    }
}

/// One value of a figure as stated by one or more sources.
public struct FigureValue: Codable, Hashable, Sendable {
    public var quantity: Quantity
    /// The phrases that state it, as written.
    public var texts: [String]
    public var sources: [SourceReference]

    public init(quantity: Quantity, texts: [String], sources: [SourceReference]) {
        self.quantity = quantity
        self.texts = texts
        self.sources = sources
    }
}
