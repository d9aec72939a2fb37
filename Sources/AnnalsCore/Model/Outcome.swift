/// What happened to the people a casualty figure counts.
public enum Outcome: String, Codable, Sendable, CaseIterable, Comparable {
    case killed, wounded, displaced, missing, captured

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// Who a figure counts: `all` for a total, or a lower-case group word (`children`, `women`,
/// `elderly`, `civilians`, `soldiers`, ...). Open-ended because sources name many groups; the
/// word lists in the resources map source words ("old people") onto these names.
public struct CasualtyCategory: RawRepresentable, Codable, Hashable, Sendable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public init(from decoder: Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: Encoder) throws { var c = encoder.singleValueContainer(); try c.encode(rawValue) }

    public static let all: CasualtyCategory = "all"
    public static let children: CasualtyCategory = "children"
    public static let women: CasualtyCategory = "women"
    public static let men: CasualtyCategory = "men"
    public static let elderly: CasualtyCategory = "elderly"
    public static let civilians: CasualtyCategory = "civilians"
    public static let soldiers: CasualtyCategory = "soldiers"

    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool {
        if lhs == .all { return rhs != .all }
        if rhs == .all { return false }
        return lhs.rawValue < rhs.rawValue
    }
}
