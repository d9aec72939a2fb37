/// One dated thing on a timeline: a point, a bracket (coarse precision) or a period bar (`end` set).
public struct TimelineItem: Sendable, Codable {
    public var start: ChartDate
    /// When set, the item is a period drawn as a bar from `start` to the end of `end`'s unit.
    public var end: ChartDate?
    /// `.day` → a dot; `.month`, `.year`, … → a bracket spanning that unit.
    public var precision: ChartPrecision
    public var label: String
    public var lane: String
    /// Drawn hollow: the date is approximate.
    public var approximate: Bool
    /// Drawn dashed: the date was inferred rather than stated.
    public var inferred: Bool
    /// Shown as a small circled number next to the label.
    public var sourceCount: Int
    /// A headline figure (e.g. "120 injured") shown in bold after the label.
    public var keyFigure: String?

    public init(
        start: ChartDate, end: ChartDate? = nil, precision: ChartPrecision = .day,
        label: String, lane: String, approximate: Bool = false, inferred: Bool = false,
        sourceCount: Int = 0, keyFigure: String? = nil
    ) {
        self.start = start
        self.end = end
        self.precision = precision
        self.label = label
        self.lane = lane
        self.approximate = approximate
        self.inferred = inferred
        self.sourceCount = sourceCount
        self.keyFigure = keyFigure
    }

    /// First day covered, in day numbers.
    var startDay: Int { start.startOfUnit(precision).dayNumber }
    /// First day after the item, in day numbers (exclusive end).
    var endDay: Int {
        let last = end ?? start
        return max(last.startOfUnit(precision).endOfUnit(precision).dayNumber, startDay + 1)
    }
}

/// A timeline: lanes of dated items, plus the events that have no usable date.
public struct TimelineChart: Sendable, Codable {
    public var title: String
    /// Lane order, top to bottom. Lanes used by items but not listed are appended in first-use order.
    public var lanes: [String]
    public var items: [TimelineItem]
    /// Labels of events with no usable date: listed in an "Undated" box, never dropped.
    public var undated: [String]
    /// Sources line under the chart.
    public var footnote: String?

    public init(title: String, lanes: [String] = [], items: [TimelineItem], undated: [String] = [], footnote: String? = nil) {
        self.title = title
        self.lanes = lanes
        self.items = items
        self.undated = undated
        self.footnote = footnote
    }

    /// Listed lanes first, then lanes only items name, in first-use order.
    var resolvedLanes: [String] {
        var result = lanes
        var seen = Set(lanes)
        for item in items where !seen.contains(item.lane) {
            seen.insert(item.lane)
            result.append(item.lane)
        }
        return result
    }
}
