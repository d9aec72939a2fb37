import AnnalsCore

/// What a budgeted document prints of a digest, decided once before any section is written.
///
/// Events are ranked by how many sources report them, then by their largest casualty figure, then
/// by their place in the digest (date order): the events most sources agree on come first. Tables
/// and details take events from the top of that ranking and show them in date order. With an
/// unlimited budget everything is selected. Complexity: O(E log E + F log F) for E events and F
/// figures.
struct ReportSelection {
    let budget: ReportBudget
    /// Rank of each event id (0 = printed first).
    let rank: [String: Int]
    /// Events with a row in the events table.
    let tabled: Set<String>
    /// Events whose details are printed.
    let detailed: Set<String>
    /// Indices into `digest.figures` with a row in the figures table.
    let tabledFigures: Set<Int>

    init(_ digest: Digest, budget: ReportBudget, index: DigestIndex) {
        self.budget = budget
        let ids = digest.events.map(\.id)
        // Each event's keys computed once, not per comparison.
        let sourceCounts = digest.events.map(\.sources.count)
        let largest = digest.events.map { index.largestFigure(of: $0.id) }
        let order = ids.indices.sorted { a, b in
            if sourceCounts[a] != sourceCounts[b] { return sourceCounts[a] > sourceCounts[b] }
            if largest[a] != largest[b] { return largest[a] > largest[b] }
            return a < b
        }
        var rank: [String: Int] = [:]
        for (r, i) in order.enumerated() where rank[ids[i]] == nil { rank[ids[i]] = r }
        self.rank = rank
        func top(_ limit: Int?) -> Set<String> {
            guard let limit, limit < order.count else { return Set(ids) }
            return Set(order.prefix(limit).map { ids[$0] })
        }
        detailed = top(budget.detailEvents)
        // Every detailed event has its row, whatever the table budget.
        tabled = top(budget.tableRows.map { max($0, budget.detailEvents ?? Int.max) })
        let figureRanks = digest.figures.map { rank[$0.event] ?? Int.max }
        let figureOrder = digest.figures.indices.sorted { a, b in
            figureRanks[a] != figureRanks[b] ? figureRanks[a] < figureRanks[b] : a < b
        }
        tabledFigures = Set(budget.tableRows.map { figureOrder.prefix($0) } ?? figureOrder[...])
    }

    /// The events of `events` that are selected, in their own (date) order.
    static func keep(_ events: [Event], _ selected: Set<String>) -> [Event] {
        events.filter { selected.contains($0.id) }
    }
}

/// What a budgeted report left out of the document, counted; `isComplete` when nothing was.
public struct Abridgement: Sendable, Equatable {
    public var events = 0
    public var eventRows = 0
    public var detailedEvents = 0
    public var figureRows = 0
    public var figureRowsTotal = 0
    /// Distinct sentences quoted in the details of the detailed events, and how many they have.
    public var quotedSentences = 0
    public var quotedSentencesTotal = 0
    public var sources = 0
    public var listedSources = 0
    public var removedPassages = 0
    public var listedRemovedPassages = 0

    public init() {}

    /// Every count added: how the abridgements of sections that set disjoint counts combine.
    func adding(_ o: Abridgement) -> Abridgement {
        var a = self
        a.events += o.events
        a.eventRows += o.eventRows
        a.detailedEvents += o.detailedEvents
        a.figureRows += o.figureRows
        a.figureRowsTotal += o.figureRowsTotal
        a.quotedSentences += o.quotedSentences
        a.quotedSentencesTotal += o.quotedSentencesTotal
        a.sources += o.sources
        a.listedSources += o.listedSources
        a.removedPassages += o.removedPassages
        a.listedRemovedPassages += o.listedRemovedPassages
        return a
    }

    public var isComplete: Bool {
        eventRows == events && detailedEvents == events && figureRows == figureRowsTotal
            && quotedSentences == quotedSentencesTotal && listedSources == sources && listedRemovedPassages == removedPassages
    }

    /// One line for people: what the document holds of what, e.g. for the command's notes.
    public var summary: String {
        if isComplete { return "complete: all \(events) events detailed" }
        return "abridged: details of \(detailedEvents) of \(events) events, \(eventRows) of \(events) event rows, "
            + "\(figureRows) of \(figureRowsTotal) figure rows, \(quotedSentences) of \(quotedSentencesTotal) sentences quoted in the details, "
            + "\(listedSources) of \(sources) sources listed"
    }
}
