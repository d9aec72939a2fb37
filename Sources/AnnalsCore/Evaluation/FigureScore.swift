/// One casualty figure as an annotator records it for a whole document: what happened, to whom,
/// and the interval stated (`nil` for an open end). Whether the source hedged ("about 40") is not
/// part of it: the evaluation asks whether the tool read the right interval, and the interval of
/// "about 40" is 40...40.
public struct FigureTuple: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var outcome: Outcome
    public var category: CasualtyCategory
    public var low: Int?
    public var high: Int?

    public init(outcome: Outcome, category: CasualtyCategory, low: Int?, high: Int?) {
        self.outcome = outcome
        self.category = category
        self.low = low
        self.high = high
    }

    /// The tuple a mention found by the extractor states (parts of a breakdown included).
    public init(_ mention: FigureMention) {
        self.init(outcome: mention.outcome, category: mention.category, low: mention.quantity.low, high: mention.quantity.high)
    }

    /// Sorted by outcome, category, then interval, so listings read in a stable order.
    public static func < (a: FigureTuple, b: FigureTuple) -> Bool {
        if a.outcome != b.outcome { return a.outcome < b.outcome }
        if a.category != b.category { return a.category < b.category }
        if a.low != b.low { return (a.low ?? -1) < (b.low ?? -1) }
        return (a.high ?? Int.max) < (b.high ?? Int.max)
    }

    /// The annotation-file spelling: `killed all 23 -` (`-` for an open end).
    public var description: String {
        "\(outcome.rawValue) \(category.rawValue) \(low.map(String.init) ?? "-") \(high.map(String.init) ?? "-")"
    }
}

/// Micro-averaged counts of figure tuples over documents: each document's gold and system tuples
/// are sets, matched exactly on (outcome, category, low, high).
public struct FigureScore: Hashable, Sendable {
    public var documents = 0
    public var gold = 0
    public var system = 0
    public var matched = 0

    public init() {}

    public static func + (a: FigureScore, b: FigureScore) -> FigureScore {
        var s = FigureScore()
        s.documents = a.documents + b.documents
        s.gold = a.gold + b.gold
        s.system = a.system + b.system
        s.matched = a.matched + b.matched
        return s
    }

    /// Matched / system tuples; 1 when the system stated nothing and nothing was expected, 0 when
    /// it stated nothing but something was expected.
    public var precision: Double { system == 0 ? (gold == 0 ? 1 : 0) : Double(matched) / Double(system) }
    /// Matched / gold tuples; 1 when nothing was expected.
    public var recall: Double { gold == 0 ? 1 : Double(matched) / Double(gold) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}

/// One document's mistakes, for a verbose report.
public struct FigureErrors: Sendable, Hashable {
    public var document: String
    /// Gold tuples the system did not state.
    public var misses: [FigureTuple] = []
    /// System tuples no annotation holds.
    public var spurious: [FigureTuple] = []

    public init(document: String) { self.document = document }
    public var isEmpty: Bool { misses.isEmpty && spurious.isEmpty }
}

/// Scores one document's figures by set matching.
public enum FigureScorer {
    /// Duplicates on either side count once (a document repeating its toll states one figure).
    /// Complexity: O(g + s) hashing.
    public static func score(gold: [FigureTuple], system: [FigureTuple], document: String = "") -> (FigureScore, FigureErrors) {
        let g = Set(gold), s = Set(system)
        var score = FigureScore()
        score.documents = 1
        score.gold = g.count
        score.system = s.count
        score.matched = g.intersection(s).count
        var errors = FigureErrors(document: document)
        errors.misses = g.subtracting(s).sorted()
        errors.spurious = s.subtracting(g).sorted()
        return (score, errors)
    }
}
