import AnnalsCore
import AnnalsRender

extension ReportBuilder {
    /// The sources list: every source when the document is complete, else the sources `cited` above
    /// (their numbers unchanged), with a count of the rest and where they are.
    func sourcesSection(_ c: ReportContext, cited: Set<Int>, _ abridgement: inout Abridgement) -> [Flowable] {
        let digest = c.digest
        let abridged = c.budget != .complete && cited.count < digest.sources.count
        let listed = abridged ? digest.sources.filter { cited.contains($0.number) } : digest.sources
        abridgement.sources = digest.sources.count
        abridgement.listedSources = listed.count
        var rows: [[String]] = []
        rows.reserveCapacity(listed.count)
        for s in listed {
            var published: String
            switch s.published.certainty {
            case .stated: published = s.published.date?.display ?? "not given"
            case .inferred: published = (s.published.date?.display ?? "") + " (inferred: " + (s.published.reasoning ?? "") + ")"
            default: published = "not given"
            }
            if let note = s.note, !note.isEmpty { published += " — note: " + note }
            // The row declares the destination citation markers link to (first cell kept a bare "[N]").
            rows.append(["[\(s.number)]", "<a name=\"\(Citations.destination(s.number))\"/>" + Markup.escape(s.publisher ?? "–"),
                         Markup.escape(s.title ?? "(no title given)"), Self.linkedURL(s.url), Markup.escape(published), Markup.escape(s.file)])
        }
        var blocks: [Flowable] = [.heading(level: 2, text: "Sources")]
        if abridged {
            blocks.append(.paragraph(markup: Markup.escape("The \(FigureText.number(listed.count)) of \(FigureText.number(digest.sources.count)) sources this PDF cites, "
                                                           + "with their numbers in the complete list.") + " " + c.elsewhere(digest.sources.count - listed.count, "source", "sources")))
        }
        return blocks + [.table(Table(header: ["#", "Publisher", "Title", "URL", "Published", "File"], rows: rows,
                             columnWeights: [0.5, 1.3, 2.2, 2.4, 2, 1.4]))]
    }

    /// A web address as a link when it is http(s); anything else is shown, not linked.
    static func linkedURL(_ url: String?) -> String {
        guard let url, !url.isEmpty else { return "–" }
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), !url.contains(where: { $0.isWhitespace }) else { return Markup.escape(url) }
        return "<a href=\"\(Markup.escape(url))\">\(Markup.escape(url))</a>"
    }

    /// How the report was made, the boilerplate removed (within a budget: from the `listed` sources
    /// only, up to the table budget) and the corrections applied.
    func methodologySection(_ c: ReportContext, listed: Set<Int>?, _ abridgement: inout Abridgement) -> [Flowable] {
        let digest = c.digest
        var blocks: [Flowable] = [.heading(level: 2, text: "Methodology")]
        let paragraphs = [
            "<b>Automated extraction.</b> Annals reads each article as it is, sets aside boilerplate (listed below with the reason), splits the rest into sentences and finds time expressions (TimeML TIMEX3), casualty figures (killed, wounded, displaced, missing, captured, with categories such as children, women and elderly) and events by rules and word lists. Nothing is typed in by hand; the rules are general and were not written for these articles.",
            "<b>Dates.</b> Relative expressions (“today”, “last week”, “33 years ago”) are resolved against the article’s publication date when the source list gives one; without it they stay unresolved and the event is listed as undated. A day and month written without a year keep no year unless a source states it; a year taken from another source is marked as such. Approximate dates are marked “approx.”, inferred ones “inferred”.",
            "<b>Merging.</b> Mentions are one event when their types match, their dates can both be true, they share a place or name (spelling variants allowed) and the totals killed they state are within a factor of ten of each other; within one article a mention that names no place refers back to the latest event of its type, except that a past happening a news report recalls (dated years before it) stays apart from the report's news. A dateline's date and the date of a statement about a happening (“police said on Sunday”) do not date the happening. Commemorations are separate events, linked to the event they remember.",
            "<b>Low, best, high.</b> For each event, outcome and category, low is the lowest figure any source allows, high the highest (open when a source gives only a lower bound such as “at least” or “thousands”), best the exact figure stated by the most sources (the lower one on a tie). Values are never averaged; when sources’ figures cannot both be true, the figure is flagged and every value is shown with its sources. The part of a total that no category covers is computed as the total minus the categories and marked as computed.",
            "<b>Neutral wording.</b> Titles and labels use neutral words (“attack”, “killed”, “according to”). Words of the sources, including loaded terms, appear only inside quotation marks with the source named.",
        ]
        blocks += paragraphs.map { .paragraph(markup: $0) }
        var rows: [[String]] = []
        let limit = c.budget.tableRows ?? Int.max
        for s in digest.sources {
            abridgement.removedPassages += s.removed.count
            guard listed?.contains(s.number) ?? true else { continue }
            for r in s.removed where rows.count < limit {
                let excerpt = r.text.count > 120 ? String(r.text.prefix(117)) + "…" : r.text
                rows.append(["[\(s.number)]", Markup.escape(r.reason.explanation), Markup.escape(excerpt)])
            }
        }
        abridgement.listedRemovedPassages = rows.count
        blocks.append(.heading(level: 3, text: "Removed as boilerplate"))
        if rows.count < abridgement.removedPassages {
            blocks.append(.paragraph(markup: Markup.escape("\(FigureText.number(rows.count)) of the \(FigureText.number(abridgement.removedPassages)) passages removed, "
                                                           + "from the sources listed in this PDF in their order.")
                                     + " " + c.elsewhere(abridgement.removedPassages - rows.count, "passage", "passages")))
        }
        if abridgement.removedPassages == 0 {
            blocks.append(.paragraph(markup: "Nothing was removed."))
        } else if !rows.isEmpty {
            blocks.append(.table(Table(header: ["Source", "Reason", "Text removed"], rows: rows, columnWeights: [0.7, 2.3, 5])))
        }
        blocks.append(.heading(level: 3, text: "Corrections applied"))
        if digest.corrections.isEmpty {
            blocks.append(.paragraph(markup: "No corrections file was applied."))
        } else {
            blocks.append(.table(Table(header: ["Action", "Target", "Reason", "Source"],
                                       rows: digest.corrections.map { [Markup.escape($0.action), Markup.escape($0.target), Markup.escape($0.reason), Markup.escape($0.source ?? "–")] },
                                       columnWeights: [1, 1.5, 3, 2])))
        }
        return blocks
    }
}
