import AnnalsCore

/// The summary as tables: events, figures and sources, every row naming its sources.
struct SummaryTables {
    let digest: Digest
    /// Each source's number by file, built once: a large corpus has tens of thousands of rows.
    private let numbers: [String: Int]
    /// Each event's position by id, built once: `Digest.event(id:)` scans the events, and the CSV
    /// looks one up per figure (quadratic on a corpus of 10 000 articles).
    private let eventPositions: [String: Int]

    init(digest: Digest) {
        self.digest = digest
        numbers = Dictionary(digest.sources.map { ($0.file, $0.number) }, uniquingKeysWith: { a, _ in a })
        eventPositions = Dictionary(digest.events.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    private func markers(_ files: [String]) -> String {
        Set(files.compactMap { numbers[$0] }).sorted().map { "[\($0)]" }.joined()
    }

    var events: TextTable {
        TextTable(header: ["ID", "Date", "Event", "Type", "Sources"], rows: digest.events.map { e in
            var date = e.date?.display ?? "undated"
            if !e.dateConflict.isEmpty { date += " (sources disagree)" }
            return [e.id, date, e.title, e.type.label, markers(e.sources)]
        }, elastic: [2], overflowing: [4])
    }

    var figures: TextTable {
        let figureRows = digest.figures.map { f -> [String] in
            var notes: [String] = []
            if f.approximate { notes.append("approximate" + (f.statedWords.isEmpty ? "" : " (\"" + f.statedWords.joined(separator: "\", \"") + "\")")) }
            if f.conflict { notes.append("sources disagree") }
            return [f.event, f.outcome.rawValue, f.category.rawValue, f.low.map(String.init) ?? "-", f.best.map(String.init) ?? "-",
                    f.high.map(String.init) ?? "open", markers(f.sources), notes.joined(separator: ", ")]
        }
        // Each breakdown row goes right after the last row of its event and outcome (figures come
        // grouped by event and outcome), or at the end when there is none.
        struct Group: Hashable { var event: String; var outcome: String }
        var breakdownRows = [Group: [[String]]]()
        var groupOrder: [Group] = []
        for b in digest.breakdowns {
            let v = b.uncovered.map(String.init) ?? "-"
            let key = Group(event: b.event, outcome: b.outcome.rawValue)
            if breakdownRows[key] == nil { groupOrder.append(key) }
            breakdownRows[key, default: []].append([b.event, b.outcome.rawValue, "not covered by a category", v, v, v, markers(b.sources),
                                                   b.exceedsTotal ? "categories exceed the total" : "computed: total minus categories"])
        }
        var rows: [[String]] = []
        rows.reserveCapacity(figureRows.count + digest.breakdowns.count)
        for (i, row) in figureRows.enumerated() {
            rows.append(row)
            let key = Group(event: row[0], outcome: row[1])
            let next = i + 1 < figureRows.count ? Group(event: figureRows[i + 1][0], outcome: figureRows[i + 1][1]) : nil
            if next != key, let extra = breakdownRows.removeValue(forKey: key) { rows += extra }
        }
        for key in groupOrder { rows += breakdownRows[key] ?? [] }
        return TextTable(header: ["Event", "Outcome", "Category", "Low", "Best", "High", "Sources", "Notes"], rows: rows, numeric: [3, 4, 5], elastic: [2, 7], overflowing: [6])
    }

    var sources: TextTable {
        TextTable(header: ["#", "Publisher", "Published", "Title"], rows: digest.sources.map { s in
            let published = s.published.date.map { $0.description + (s.published.certainty == .inferred ? " (inferred)" : "") } ?? "unknown"
            return ["[\(s.number)]", s.publisher ?? "-", published, s.title ?? s.file]
        }, elastic: [1, 3])
    }

    /// The three tables, each fitted to `width` columns when given (long titles end in "…").
    func text(width: Int? = nil, style: Style = Style(enabled: false)) -> String {
        func t(_ s: String) -> String { style.bold(s) }
        return t("Events") + "\n" + events.render(maxWidth: width, style: style)
            + "\n\n" + t("Casualty figures") + "\n" + figures.render(maxWidth: width, style: style)
            + "\n\n" + t("Sources") + "\n" + sources.render(maxWidth: width, style: style) + "\n"
    }

    func markdown() -> String {
        "## Events\n\n" + events.markdown() + "\n\n## Casualty figures\n\n" + figures.markdown() + "\n\n## Sources\n\n" + sources.markdown() + "\n"
    }

    /// One row per figure, columns after ACLED and UCDP.
    func csv() -> String {
        var lines = ["event_id,event_date,date_precision,event_type,place,outcome,category,low,best,high,approximate,conflict,sources_count,sources"]
        for f in digest.figures {
            let e = eventPositions[f.event].map { digest.events[$0] }
            var cells: [String] = [f.event]
            cells.append(e?.date?.description ?? "")
            cells.append(e?.date?.precision.rawValue ?? "")
            cells.append(e?.type.rawValue ?? "")
            cells.append(e?.places.first ?? "")
            cells += [f.outcome.rawValue, f.category.rawValue]
            cells += [f.low, f.best, f.high].map { (v: Int?) -> String in v.map(String.init) ?? "" }
            cells += [String(f.approximate), String(f.conflict), String(f.sources.count), f.sources.joined(separator: ";")]
            lines.append(cells.map { $0.csvField }.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
