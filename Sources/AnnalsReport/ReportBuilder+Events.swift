import AnnalsCore
import AnnalsRender

extension ReportBuilder {
    func eventsSection(_ digest: Digest, _ citations: Citations) -> [Flowable] {
        var rows: [[String]] = []
        for event in digest.events {
            var date = Markup.escape(event.date?.display ?? "undated (no source gives a date)")
            if !event.dateConflict.isEmpty { date += " <i>(sources disagree)</i>" }
            rows.append([event.id, date + " " + citations.linkedMarkers(event.dateSources),
                         Markup.escape(event.title), Markup.escape(event.type.label), citations.linkedMarkers(event.sources)])
        }
        return [.heading(level: 2, text: "Events"),
                .paragraph(markup: Markup.escape("Events in date order; events whose year no source states come last, marked as such.")),
                .table(Table(header: ["#", "Date", "Event", "Type", "Sources"], rows: rows, columnWeights: [0.5, 2.2, 3, 1.6, 1]))]
    }

    func figuresSection(_ digest: Digest, _ citations: Citations) -> [Flowable] {
        guard !digest.figures.isEmpty else {
            return [.heading(level: 2, text: "Casualty figures"), .paragraph(markup: "No casualty figures were found in the sources.")]
        }
        var rows: [[String]] = []
        for f in digest.figures {
            let title = digest.event(id: f.event)?.title ?? f.event
            var notes: [String] = []
            // Notes are markup: escaped words, linked markers.
            if f.approximate { notes.append(Markup.escape("approximate" + (FigureText.statedWords(f).map { ": \($0)" } ?? ""))) }
            if f.conflict {
                notes.append("sources disagree: " + f.values.map { Markup.escape(FigureText.quantity($0.quantity)) + " " + citations.linkedMarkers($0.sources) }
                    .joined(separator: " vs "))
            }
            if f.high == nil, f.low != nil { notes.append("no upper bound stated") }
            rows.append([f.event + " " + Markup.escape(title), FigureText.outcomeLabel(f.outcome), FigureText.categoryLabel(f.category),
                         FigureText.optional(f.low), FigureText.optional(f.best), f.high.map(FigureText.number) ?? "open",
                         citations.linkedMarkers(f.sources), notes.joined(separator: "; ")])
        }
        for b in digest.breakdowns {
            let title = digest.event(id: b.event)?.title ?? b.event
            let value = b.uncovered.map(FigureText.number) ?? "–"
            let note = b.exceedsTotal ? "categories add up to more than the total" : "total minus the categories (computed)"
            let row = [b.event + " " + Markup.escape(title), FigureText.outcomeLabel(b.outcome), "Not covered by a category",
                       value, value, value, citations.linkedMarkers(b.sources), note]
            // Right after the last row of the same event and outcome.
            let prefix = b.event + " "
            let at = (rows.lastIndex { $0[0].hasPrefix(prefix) && $0[1] == FigureText.outcomeLabel(b.outcome) } ?? rows.count - 1) + 1
            rows.insert(row, at: at)
        }
        let chart = CasualtyMapping.chart(digest, title: "Casualty figures by outcome and category")
        var unitCharts: [Flowable] = []
        if let units = CasualtyMapping.unitChart(digest) {
            // Rows of squares grow with the square root of the total; the layout shrinks squares to fit.
            unitCharts.append(.units(units, height: min(520, 170 + Double(units.total).squareRoot() * 5)))
        }
        return [.heading(level: 2, text: "Casualty figures"),
                .paragraph(markup: Markup.escape("Low is the lowest figure any source allows, high the highest (open when a source gives only a lower bound), best the exact figure stated by the most sources. Figures are never averaged.")),
                .table(Table(header: ["Event", "Outcome", "Category", "Low", "Best", "High", "Sources", "Notes"], rows: rows,
                             columnWeights: [2.1, 1.4, 1.6, 0.8, 0.8, 0.8, 1.1, 1.8])),
                .casualties(chart, height: min(600, max(160, Double(chart.bars.count) * 22 + 90)))] + unitCharts
    }

    func detailsSection(_ digest: Digest, _ citations: Citations) -> [Flowable] {
        var blocks: [Flowable] = [.heading(level: 2, text: "Event details and source sentences")]
        for event in digest.events {
            blocks.append(.heading(level: 3, text: "\(event.id) \(event.title)"))
            var facts: [String] = []
            facts.append("<b>Date:</b> " + Markup.escape(event.date?.display ?? "not given by any source") + " " + citations.linkedMarkers(event.dateSources))
            for claim in event.dateConflict.dropFirst() {
                facts.append("<b>Other date stated:</b> " + Markup.escape(claim.date.display) + " " + citations.linkedMarkers(claim.sources))
            }
            if !event.places.isEmpty { facts.append("<b>Places named:</b> " + Markup.escape(event.places.joined(separator: ", "))) }
            if !event.names.isEmpty { facts.append("<b>Names:</b> " + Markup.escape(event.names.joined(separator: ", "))) }
            if let c = event.commemorates, let other = digest.event(id: c) { facts.append("<b>Remembers:</b> \(other.id) " + Markup.escape(other.title)) }
            for f in digest.figures(of: event.id) {
                let values = f.values.map { Markup.escape(FigureText.quantity($0.quantity)) + " " + citations.linkedMarkers($0.sources) }.joined(separator: ", ")
                facts.append("<b>\(FigureText.outcomeLabel(f.outcome)), \(Markup.escape(FigureText.categoryLabel(f.category).lowercased())):</b> " + values)
            }
            blocks.append(.paragraph(markup: facts.joined(separator: "\n")))
            var seen = Set<String>()
            for ref in event.mentions where seen.insert("\(ref.file)#\(ref.sentence)").inserted {
                let who = digest.source(file: ref.file).map { Citations.linkedMarker($0.number) + " " + Markup.escape($0.displayName) } ?? Markup.escape(ref.file)
                blocks.append(.paragraph(markup: "<span foreground=\"#555555\">According to \(who), sentence \(ref.sentence + 1):</span> "
                                         + "<i>“" + Markup.escape(ref.quote) + "”</i>"))
            }
        }
        return blocks
    }
}
