/// Kinds of happening, which are also the timeline's lanes.
public enum EventType: String, Codable, Sendable, CaseIterable, Comparable {
    case attack, battle, war, displacement, agreement, commemoration, other

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

    /// The tool's own neutral name for the kind, used in tables and charts.
    public var label: String {
        switch self {
        case .attack: return "Attack"
        case .battle: return "Battle"
        case .war: return "Armed conflict"
        case .displacement: return "Displacement"
        case .agreement: return "Agreement or ceasefire"
        case .commemoration: return "Commemoration"
        case .other: return "Other"
        }
    }
}
