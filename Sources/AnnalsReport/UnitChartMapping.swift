import AnnalsCore
import AnnalsRender

extension CasualtyMapping {
    /// A unit chart (one square a person) of one event's breakdown, or nil when no breakdown fits.
    ///
    /// Picks the breakdown with the largest total of at most `UnitChart.maximumTotal` people,
    /// preferring the killed over other outcomes; a breakdown whose categories add up to more than
    /// its total is skipped (its parts cannot be drawn as shares of it). Groups are each category's
    /// best value, in the order the figures list them, then the part no category covers (computed:
    /// total minus the categories) as the remainder.
    /// - Parameter title: the chart's title; nil gives "<Outcome> — <event title>: one square a person".
    public static func unitChart(_ digest: Digest, title: String? = nil) -> UnitChart? {
        let candidates = digest.breakdowns.filter { !$0.exceedsTotal && $0.total > 0 && $0.total <= UnitChart.maximumTotal && !$0.parts.isEmpty }
        guard let b = candidates.max(by: { ($0.outcome == .killed ? 1 : 0, $0.total) < ($1.outcome == .killed ? 1 : 0, $1.total) }) else {
            return nil
        }
        let citations = Citations(digest)
        let figures = digest.figures.filter { $0.event == b.event && $0.outcome == b.outcome }
        var groups: [UnitGroup] = []
        var placed = Set<CasualtyCategory>()
        for f in figures where f.category != .all {
            guard let count = b.parts[f.category], placed.insert(f.category).inserted else { continue }
            groups.append(UnitGroup(label: FigureText.categoryLabel(f.category), count: count, approximate: f.approximate,
                                    annotation: citations.markers(f.sources, limit: Citations.chartLimit)))
        }
        for (category, count) in b.parts.sorted(by: { $0.key < $1.key }) where !placed.contains(category) {
            groups.append(UnitGroup(label: FigureText.categoryLabel(category), count: count))
        }
        if let rest = b.uncovered, rest > 0 {
            groups.append(UnitGroup(label: "Not covered by a category", count: rest, isRemainder: true, annotation: "(total minus categories)"))
        }
        let totalFigure = figures.first { $0.category == .all }
        let event = digest.event(id: b.event)?.title ?? b.event
        var footnote = "\(FigureText.outcomeLabel(b.outcome)), \(event): total \(FigureText.number(b.total))"
        if let t = totalFigure { footnote += " " + citations.markers(t.sources, limit: Citations.chartLimit) + (t.approximate ? " (approximate)" : "") }
        footnote += ". Categories are their best values as the sources state them; hollow squares are the total minus the categories (computed). "
        footnote += Citations.sourceLine(digest, files: Set(figures.flatMap(\.sources) + b.sources))
        let heading = title ?? "\(FigureText.outcomeLabel(b.outcome)) — \(event): one square a person"
        return UnitChart(title: heading, groups: groups, footnote: footnote)
    }
}
