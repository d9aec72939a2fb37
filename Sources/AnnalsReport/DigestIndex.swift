import AnnalsCore

/// The digest's lookups the report makes once per row or quote, built once.
///
/// Why: `Digest.event(id:)`, `source(file:)` and `figures(of:)` scan the digest; called per figure,
/// per event and per quoted sentence they make a report of 10 000 articles quadratic. Here every
/// lookup is a hash lookup and building the index is O(events + sources + figures + breakdowns).
struct DigestIndex {
    let eventPositions: [String: Int]
    let sourcePositions: [String: Int]
    let figurePositions: [String: [Int]]
    let breakdownPositions: [String: [Int]]
    let digest: Digest

    init(_ digest: Digest) {
        self.digest = digest
        eventPositions = Dictionary(digest.events.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        sourcePositions = Dictionary(digest.sources.enumerated().map { ($1.file, $0) }, uniquingKeysWith: { a, _ in a })
        var figures: [String: [Int]] = [:]
        for (i, f) in digest.figures.enumerated() { figures[f.event, default: []].append(i) }
        figurePositions = figures
        var breakdowns: [String: [Int]] = [:]
        for (i, b) in digest.breakdowns.enumerated() { breakdowns[b.event, default: []].append(i) }
        breakdownPositions = breakdowns
    }

    func event(id: String) -> Event? { eventPositions[id].map { digest.events[$0] } }
    func source(file: String) -> Source? { sourcePositions[file].map { digest.sources[$0] } }
    /// The event's figures in digest order.
    func figures(of event: String) -> [Figure] { (figurePositions[event] ?? []).map { digest.figures[$0] } }
    func breakdowns(of event: String) -> [Breakdown] { (breakdownPositions[event] ?? []).map { digest.breakdowns[$0] } }

    /// The largest value any figure of the event states (best, else low, else high); 0 without figures.
    func largestFigure(of event: String) -> Int {
        (figurePositions[event] ?? []).map { i in
            let f = digest.figures[i]
            return max(f.best ?? 0, f.low ?? 0, f.high ?? 0)
        }.max() ?? 0
    }
}
