/// One category of a unit chart: `count` people, drawn as `count` marks in one colour.
public struct UnitGroup: Sendable, Codable {
    /// The category, e.g. "Children" or "Not covered by a category".
    public var label: String
    /// How many people (one mark each); negative counts are drawn as none.
    public var count: Int
    /// The figure is approximate ("about 60"): marks drawn lighter, legend says so.
    public var approximate: Bool
    /// The part of the total no category covers: drawn as hollow marks.
    public var isRemainder: Bool
    /// Shown after the count in the legend, e.g. citation markers "[1][2]".
    public var annotation: String?

    public init(label: String, count: Int, approximate: Bool = false, isRemainder: Bool = false, annotation: String? = nil) {
        self.label = label
        self.count = count
        self.approximate = approximate
        self.isRemainder = isRemainder
        self.annotation = annotation
    }
}

/// A unit chart: one small square per person, grouped and coloured by category.
///
/// Meant for totals up to `UnitChart.maximumTotal` (5,000): beyond that a mark per person is too
/// small to see and the casualty bar chart is the honest picture. `ChartRenderer` throws for a
/// larger total; a report figure draws a note saying so instead of the marks.
public struct UnitChart: Sendable, Codable {
    /// The largest total drawn one mark a person.
    public static let maximumTotal = 5_000

    public var title: String
    public var groups: [UnitGroup]
    public var footnote: String?

    public init(title: String, groups: [UnitGroup], footnote: String? = nil) {
        self.title = title
        self.groups = groups
        self.footnote = footnote
    }

    /// The number of marks: the sum of the non-negative counts (saturating, never traps).
    public var total: Int {
        groups.reduce(0) { sum, g in
            let (s, overflow) = sum.addingReportingOverflow(max(0, g.count))
            return overflow ? Int.max : s
        }
    }
}
