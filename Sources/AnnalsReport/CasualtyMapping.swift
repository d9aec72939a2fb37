import AnnalsCore
import AnnalsRender

/// Maps reconciled figures onto the casualty chart: a bar per outcome and category with its
/// low–high range, and the part of each total that no category covers as a distinct bar.
public enum CasualtyMapping {
    public static func chart(_ digest: Digest, title: String) -> CasualtyChart {
        let citations = Citations(digest)
        let withFigures = Set(digest.figures.map(\.event))
        let multipleEvents = withFigures.count > 1
        var bars: [CasualtyBar] = []
        for event in digest.events where withFigures.contains(event.id) {
            for outcome in Outcome.allCases {
                let figures = digest.figures.filter { $0.event == event.id && $0.outcome == outcome }
                guard !figures.isEmpty else { continue }
                let group = FigureText.outcomeLabel(outcome) + (multipleEvents ? " — \(event.title)" : "")
                for f in figures {
                    guard let value = f.best ?? f.low ?? f.high else { continue }
                    var note = citations.markers(f.sources)
                    if f.approximate { note += " approx." + (FigureText.statedWords(f).map { " (\($0))" } ?? "") }
                    if f.conflict { note += " sources disagree" }
                    bars.append(CasualtyBar(group: group, label: FigureText.categoryLabel(f.category),
                                            low: f.low.map(Double.init), best: Double(value), high: f.high.map(Double.init),
                                            approximate: f.approximate, isRemainder: false, annotation: note))
                }
                if let b = digest.breakdowns.first(where: { $0.event == event.id && $0.outcome == outcome }), let rest = b.uncovered {
                    bars.append(CasualtyBar(group: group, label: "Not covered by a category", low: Double(rest), best: Double(rest), high: Double(rest),
                                            approximate: false, isRemainder: true,
                                            annotation: "total minus categories " + citations.markers(b.sources)))
                }
            }
        }
        let footnote = "Sources: " + digest.sources.map { "[\($0.number)] \($0.displayName)" }.joined(separator: "; ")
            + ". Bars show the best value; whiskers the low–high range across sources; an arrow an open upper bound."
        return CasualtyChart(title: title, bars: bars, footnote: footnote)
    }
}
