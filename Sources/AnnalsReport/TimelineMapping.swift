import AnnalsCore
import AnnalsRender

/// Maps events onto the timeline chart: one lane per event type, dated events as marks, events
/// without a known year in the "Undated" list (never dropped, never placed by a guess).
public enum TimelineMapping {
    public static func chart(_ digest: Digest, title: String) -> TimelineChart {
        var items: [TimelineItem] = []
        var undated: [String] = []
        let killed = Dictionary(grouping: digest.figures.filter { $0.category == .all }, by: \.event)
        for event in digest.events {
            guard let date = event.date, let bounds = date.start.dayBounds else {
                undated.append(event.title + " — " + (event.date?.display ?? "date not given"))
                continue
            }
            let start = ChartDate(year: bounds.first.0, month: bounds.first.1, day: bounds.first.2)
            var end: ChartDate?
            if let e = date.end, e != date.start, let eb = e.dayBounds {
                end = ChartDate(year: eb.last.0, month: eb.last.1, day: eb.last.2)
            }
            let key = killed[event.id]?.sorted { $0.outcome < $1.outcome }.first.flatMap(FigureText.key)
            items.append(TimelineItem(start: start, end: end, precision: precision(date), label: event.title,
                                      lane: event.type.label, approximate: date.certainty == .approximate,
                                      inferred: date.certainty == .inferred, sourceCount: event.sources.count, keyFigure: key))
        }
        let lanes = EventType.allCases.map(\.label).filter { lane in items.contains { $0.lane == lane } }
        let footnote = Citations.sourceLine(digest, files: Set(digest.events.flatMap(\.sources))) + " Badges give the number of sources per event."
        return TimelineChart(title: title, lanes: lanes, items: items, undated: undated, footnote: footnote)
    }

    static func precision(_ date: DateSpan) -> ChartPrecision {
        switch date.start.precision {
        case .century: return .century
        case .decade: return .decade
        case .year: return .year
        case .season, .month: return .month
        case .day, .time: return .day
        }
    }
}
