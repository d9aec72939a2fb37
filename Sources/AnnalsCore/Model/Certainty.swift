/// How a value came to be known. Faithfulness requires carrying it through to every output.
public enum Certainty: String, Codable, Sendable, Comparable, CaseIterable {
    /// Stated by the source as given.
    case stated
    /// Stated loosely by the source ("thousands", "circa 1992", "about 40").
    case approximate
    /// Not stated but derived by a rule the tool can name (a year taken from context).
    case inferred
    /// Not known at all.
    case unknown

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
