/// How finely a date is known, coarsest first.
public enum DatePrecision: String, Codable, Sendable, Comparable, CaseIterable {
    case century, decade, year, season, month, day, time

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
