/// How the categories of one outcome relate to its total: what they add up to, the part no
/// category covers, and whether they exceed the total (a sign that sources or extraction disagree).
public struct Breakdown: Codable, Hashable, Sendable {
    public var event: String
    public var outcome: Outcome
    /// The best value of the total (`all`).
    public var total: Int
    public var parts: [CasualtyCategory: Int]
    /// `total` minus the sum of the parts; nil when the parts exceed the total.
    public var uncovered: Int?
    public var exceedsTotal: Bool
    public var sources: [String]

    public init(event: String, outcome: Outcome, total: Int, parts: [CasualtyCategory: Int], sources: [String]) {
        self.event = event
        self.outcome = outcome
        self.total = total
        self.parts = parts
        let sum = parts.values.reduce(0) { $0.addingReportingOverflow($1).partialValue }
        self.exceedsTotal = sum > total
        self.uncovered = sum > total ? nil : total - sum
        self.sources = sources
    }
}
