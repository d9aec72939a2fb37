/// A number as a source states it: an interval with open ends allowed, and whether it is loose.
///
/// "613" is 613...613; "at least 20" is 20...open; "up to 50" is open...50 with `approximate`;
/// "thousands" is 2000...open with `approximate`; "between 30 and 40" is 30...40.
/// Invariant: when both ends are known, `low <= high`; at least one end is known.
public struct Quantity: Codable, Hashable, Sendable, CustomStringConvertible {
    public var low: Int?
    public var high: Int?
    public var approximate: Bool

    public init(low: Int?, high: Int?, approximate: Bool = false) {
        precondition(low != nil || high != nil, "a quantity has at least one known end")
        if let l = low, let h = high { precondition(l <= h, "low must not exceed high") }
        self.low = low
        self.high = high
        self.approximate = approximate
    }

    public init(exactly value: Int) { self.init(low: value, high: value) }

    /// The single value when the interval is a point.
    public var exact: Int? { low != nil && low == high ? low : nil }

    /// Whether two stated intervals can both be true.
    public func overlaps(_ other: Quantity) -> Bool {
        let lo1 = low ?? Int.min, hi1 = high ?? Int.max
        let lo2 = other.low ?? Int.min, hi2 = other.high ?? Int.max
        return lo1 <= hi2 && lo2 <= hi1
    }

    public var description: String {
        switch (low, high) {
        case let (l?, h?) where l == h: return (approximate ? "~" : "") + String(l)
        case let (l?, h?): return (approximate ? "~" : "") + "\(l)–\(h)"
        case let (l?, nil): return (approximate ? "~" : "") + "≥\(l)"
        case let (nil, h?): return (approximate ? "~" : "") + "≤\(h)"
        default: return "?"
        }
    }
}
