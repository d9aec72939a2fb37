import AnnalsCore
import AnnalsRender

extension ReportBuilder {
    func eventsSection(_ c: ReportContext, _ abridgement: inout Abridgement) -> [Flowable] {
        let digest = c.digest
        let shown = ReportSelection.keep(digest.events, c.selection.tabled)
        abridgement.events = digest.events.count
        abridgement.eventRows = shown.count
        var rows: [[String]] = []
        rows.reserveCapacity(shown.count)
        for event in shown {
            var date = Markup.escape(event.date?.display ?? "undated (no source gives a date)")
            if !event.dateConflict.isEmpty { date += " <i>(sources disagree)</i>" }
            rows.append([event.id, date + " " + c.citations.linkedMarkers(event.dateSources.map(\.file)),
                         Markup.escape(event.title), Markup.escape(event.type.label), c.citations.linkedMarkers(event.sources)])
        }
        var intro = Markup.escape("Events in date order; events whose year no source states come last, marked as such.")
        if shown.count < digest.events.count {
            intro += " " + Markup.escape("This table lists the \(FigureText.number(shown.count)) of \(FigureText.number(digest.events.count)) events "
                                         + "reported by the most sources (ties: the larger casualty figure).") + " " + c.elsewhere(digest.events.count - shown.count, "event", "events")
        }
        return [.heading(level: 2, text: "Events"),
                .paragraph(markup: intro),
                .table(Table(header: ["#", "Date", "Event", "Type", "Sources"], rows: rows, columnWeights: [0.75, 2.2, 3, 1.6, 1]))]
    }

    func figuresSection(_ c: ReportContext, _ abridgement: inout Abridgement) -> [Flowable] {
        let digest = c.digest, citations = c.citations
        abridgement.figureRowsTotal = digest.figures.count + digest.breakdowns.count
        guard !digest.figures.isEmpty else {
            return [.heading(level: 2, text: "Casualty figures"), .paragraph(markup: "No casualty figures were found in the sources.")]
        }
        // Rows grouped by event and outcome so a breakdown's row goes right after its figures.
        var rows: [[String]] = []
        var lastRow: [String: Int] = [:]  // "event outcome" → index of its last row
        var shownEvents = Set<String>()
        for (i, f) in digest.figures.enumerated() where c.selection.tabledFigures.contains(i) {
            let title = c.index.event(id: f.event)?.title ?? f.event
            var notes: [String] = []
            // Notes are markup: escaped words, linked markers.
            if f.approximate { notes.append(Markup.escape("approximate" + (FigureText.statedWords(f).map { ": \($0)" } ?? ""))) }
            if f.conflict {
                notes.append("sources disagree: " + c.values(f, separator: " vs "))
            }
            if f.high == nil, f.low != nil { notes.append("no upper bound stated") }
            rows.append([f.event + " " + Markup.escape(title), FigureText.outcomeLabel(f.outcome), FigureText.categoryLabel(f.category),
                         FigureText.optional(f.low), FigureText.optional(f.best), f.high.map(FigureText.number) ?? "open",
                         citations.linkedMarkers(f.sources), notes.joined(separator: "; ")])
            lastRow[f.event + " " + f.outcome.rawValue] = rows.count - 1
            shownEvents.insert(f.event)
        }
        // Breakdown rows of the events whose figures are shown, each after its event and outcome.
        var inserts: [(at: Int, order: Int, row: [String])] = []
        for (order, b) in digest.breakdowns.enumerated() where shownEvents.contains(b.event) {
            let title = c.index.event(id: b.event)?.title ?? b.event
            let value = b.uncovered.map(FigureText.number) ?? "–"
            let note = b.exceedsTotal ? "categories add up to more than the total" : "total minus the categories (computed)"
            let row = [b.event + " " + Markup.escape(title), FigureText.outcomeLabel(b.outcome), "Not covered by a category",
                       value, value, value, citations.linkedMarkers(b.sources), note]
            inserts.append(((lastRow[b.event + " " + b.outcome.rawValue] ?? rows.count - 1) + 1, order, row))
        }
        // Later positions first (stable for equal positions), so earlier indices stay valid: O(rows) with one pass.
        if !inserts.isEmpty {
            var merged: [[String]] = []
            merged.reserveCapacity(rows.count + inserts.count)
            let byPosition = Dictionary(grouping: inserts, by: \.at)
            for position in 0...rows.count {
                for insert in (byPosition[position] ?? []).sorted(by: { $0.order < $1.order }) { merged.append(insert.row) }
                if position < rows.count { merged.append(rows[position]) }
            }
            rows = merged
        }
        abridgement.figureRows = rows.count
        var intro = Markup.escape("Low is the lowest figure any source allows, high the highest (open when a source gives only a lower bound), best the exact figure stated by the most sources. Figures are never averaged.")
        if abridgement.figureRows < abridgement.figureRowsTotal {
            intro += " " + Markup.escape("This table lists \(FigureText.number(rows.count)) of \(FigureText.number(abridgement.figureRowsTotal)) rows: "
                                         + "the figures of the events reported by the most sources.")
                + " " + c.elsewhere(abridgement.figureRowsTotal - rows.count, "row", "rows")
        }
        let chart = CasualtyMapping.chart(digest, title: "Casualty figures by outcome and category")
        var unitCharts: [Flowable] = []
        if let units = CasualtyMapping.unitChart(digest) {
            // Rows of squares grow with the square root of the total; the layout shrinks squares to fit.
            unitCharts.append(.units(units, height: min(520, 170 + Double(units.total).squareRoot() * 5)))
        }
        return [.heading(level: 2, text: "Casualty figures"),
                .paragraph(markup: intro),
                .table(Table(header: ["Event", "Outcome", "Category", "Low", "Best", "High", "Sources", "Notes"], rows: rows,
                             columnWeights: [2.1, 1.4, 1.6, 0.8, 0.8, 0.8, 1.1, 1.8])),
                .casualties(chart, height: min(600, max(160, Double(chart.bars.count) * 22 + 90)))] + unitCharts
    }
}
