import AnnalsCore
import AnnalsRender

/// Maps reconciled figures onto the casualty chart: a bar per outcome and category with its
/// low–high range, and the part of each total that no category covers as a distinct bar.
///
/// A chart stays legible: when the figures would need more than `maxBars` bars, it shows the
/// events with the largest figures and says in its footnote how many it leaves to the table.
public enum CasualtyMapping {
    public static func chart(_ digest: Digest, title: String, maxBars: Int = 24) -> CasualtyChart {
        let citations = Citations(digest)
        let withFigures = Set(digest.figures.map(\.event))
        let multipleEvents = withFigures.count > 1
        let shown = eventsToShow(digest, maxBars: maxBars)
        var bars: [CasualtyBar] = []
        for event in digest.events where shown.contains(event.id) {
            for outcome in Outcome.allCases {
                let figures = digest.figures.filter { $0.event == event.id && $0.outcome == outcome }
                guard !figures.isEmpty else { continue }
                let group = FigureText.outcomeLabel(outcome) + (multipleEvents ? " — \(event.title)" : "")
                for f in figures {
                    guard f.best != nil || f.low != nil || f.high != nil else { continue }
                    var note = citations.markers(f.sources, limit: Citations.chartLimit)
                    if f.approximate { note += " approx." + (FigureText.statedWords(f).map { " (\($0))" } ?? "") }
                    if f.conflict { note += " sources disagree" }
                    bars.append(CasualtyBar(group: group, label: FigureText.categoryLabel(f.category),
                                            low: f.low.map(Double.init), best: (f.best ?? (f.high == nil ? f.low : nil)).map(Double.init), high: f.high.map(Double.init),
                                            approximate: f.approximate, isRemainder: false, annotation: note))
                }
                if let b = digest.breakdowns.first(where: { $0.event == event.id && $0.outcome == outcome }), let rest = b.uncovered {
                    bars.append(CasualtyBar(group: group, label: "Not covered by a category", low: Double(rest), best: Double(rest), high: Double(rest),
                                            approximate: false, isRemainder: true,
                                            annotation: "total minus categories " + citations.markers(b.sources, limit: Citations.chartLimit)))
                }
            }
        }
        let omitted = withFigures.count - shown.count
        let footnote = (omitted > 0 ? "Showing the \(shown.count) events with the largest figures; the figures of \(omitted) more are in the table. " : "")
            + Citations.sourceLine(digest, files: Set(digest.figures.filter { shown.contains($0.event) }.flatMap(\.sources)))
            + " Bars show the best value; whiskers the low–high range across sources (a range without a bar: no source gives a single value); an arrow an open upper bound."
        return CasualtyChart(title: title, bars: bars, footnote: footnote)
    }

    /// The events whose bars fit the budget, largest figure first (at least one event).
    static func eventsToShow(_ digest: Digest, maxBars: Int) -> Set<String> {
        var barsPerEvent: [String: Int] = [:]
        var largest: [String: Int] = [:]
        for f in digest.figures {
            barsPerEvent[f.event, default: 0] += 1
            largest[f.event] = max(largest[f.event] ?? 0, f.best ?? f.low ?? f.high ?? 0)
        }
        for b in digest.breakdowns where b.uncovered != nil { barsPerEvent[b.event, default: 0] += 1 }
        var shown = Set<String>()
        var used = 0
        for id in barsPerEvent.keys.sorted(by: { (largest[$0] ?? 0, $1) > (largest[$1] ?? 0, $0) }) {
            let n = barsPerEvent[id] ?? 0
            if !shown.isEmpty && used + n > maxBars { break }
            shown.insert(id)
            used += n
        }
        return shown
    }
}
