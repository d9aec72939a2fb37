/// One horizontal bar: a best estimate with an optional reported range.
public struct CasualtyBar: Sendable, Codable {
    /// The outcome the bar belongs to, e.g. "Killed"; bars are grouped by it in first-seen order.
    public var group: String
    /// The category, e.g. "All", "Children", "Not covered by a category".
    public var label: String
    public var low: Double?
    /// `nil` when the sources give only a range ("between 4,000 and 6,000"): drawn as the range
    /// alone, with no bar, since no value within it is anyone's estimate.
    public var best: Double?
    /// `nil` = open-ended upper bound (drawn as an arrow to the right).
    public var high: Double?
    public var approximate: Bool
    /// The part no category covers: drawn hatched and lighter.
    public var isRemainder: Bool
    /// Shown after the value, e.g. citation markers "[1][2]".
    public var annotation: String?

    public init(
        group: String, label: String, low: Double? = nil, best: Double?, high: Double? = nil,
        approximate: Bool = false, isRemainder: Bool = false, annotation: String? = nil
    ) {
        self.group = group
        self.label = label
        self.low = low
        self.best = best
        self.high = high
        self.approximate = approximate
        self.isRemainder = isRemainder
        self.annotation = annotation
    }

    /// True when the upper bound is open: no `high` was reported.
    public var isOpenEnded: Bool { high == nil }
}

/// Casualty figures as grouped horizontal bars.
public struct CasualtyChart: Sendable, Codable {
    public var title: String
    public var bars: [CasualtyBar]
    public var footnote: String?

    public init(title: String, bars: [CasualtyBar], footnote: String? = nil) {
        self.title = title
        self.bars = bars
        self.footnote = footnote
    }
}
