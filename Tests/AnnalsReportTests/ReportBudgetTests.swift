import AnnalsRender
import Foundation
import Testing
@testable import AnnalsCore
@testable import AnnalsReport

/// A digest of many invented events (floods in made-up towns) with uneven numbers of sources,
/// sentences and figures, to exercise the PDF's budget.
enum BudgetFixtures {
    /// Event i (1-based) is reported by `1 + (i * 7) % sourcesSpread` sources and mentioned in
    /// `1 + i % 9` sentences of each; it has a killed figure of `i * 3` and, every third event, a
    /// displaced figure. Sources are numbered in file order.
    static func digest(events n: Int, sources: Int = 80, sourcesSpread: Int = 13) -> Digest {
        let files = (1...sources).map { String(format: "report-%03d.txt", $0) }
        var events: [Event] = []
        var figures: [Figure] = []
        var breakdowns: [Breakdown] = []
        for i in 1...n {
            let town = "Marrowby \(i)"
            let reporting = (0..<(1 + (i * 7) % sourcesSpread)).map { files[(i + $0 * 5) % sources] }
            var mentions: [SourceReference] = []
            for file in reporting {
                for s in 0..<(1 + i % 9) {
                    let quote = "Floodwater covered the lower streets of \(town) for \(s + 2) days, the district office said."
                    mentions.append(SourceReference(file: file, start: s * 100, end: s * 100 + quote.unicodeScalars.count, sentence: s, quote: quote))
                }
            }
            let dated = mentions.first.map { [$0] } ?? []
            events.append(Event(id: "E\(i)", type: .other, title: "Flood in \(town)",
                                date: i % 10 == 0 ? nil : DateSpan(start: PartialDate(year: 1990 + i % 30, month: 1 + i % 12, day: 1 + i % 27)),
                                places: [town], names: [], sources: reporting, mentions: mentions, dateSources: dated))
            let ref = mentions[mentions.count - 1]
            let killed = FigureValue(quantity: Quantity(exactly: i * 3), texts: ["\(i * 3) people died"], sources: [ref])
            figures.append(Figure(event: "E\(i)", outcome: .killed, category: .all, low: i * 3, best: i * 3, high: i * 3, approximate: false,
                                  sources: reporting, conflict: false, values: [killed]))
            if i % 3 == 0 {
                figures.append(Figure(event: "E\(i)", outcome: .killed, category: .children, low: i, best: i, high: i, approximate: false,
                                      sources: [ref.file], conflict: false,
                                      values: [FigureValue(quantity: Quantity(exactly: i), texts: ["\(i) children"], sources: [ref])]))
                breakdowns.append(Breakdown(event: "E\(i)", outcome: .killed, total: i * 3, parts: [.children: i], sources: [ref.file]))
            }
        }
        let list = files.enumerated().map { k, file in
            Source(number: k + 1, file: file, title: "Rains in the valley, part \(k + 1)", publisher: "Lowland Gazette \(k + 1)",
                   url: "https://example.net/\(k + 1)", published: .unknown, note: nil,
                   removed: [RemovedText(start: 0, end: 10, text: "Subscribe to our rainfall newsletter \(k + 1)", reason: .newsletter)])
        }
        return Digest(sources: list, events: events, figures: figures, breakdowns: breakdowns)
    }

    static func paragraphs(_ doc: ReportDocument) -> [String] {
        doc.blocks.compactMap { if case .paragraph(let m) = $0 { return m } else { return nil } }
    }

    static func tables(_ doc: ReportDocument) -> [Table] {
        doc.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }

    static func headings(_ doc: ReportDocument, level: Int) -> [String] {
        doc.blocks.compactMap { if case .heading(level, let t) = $0 { return t } else { return nil } }
    }

    /// Every piece of markup of the document.
    static func markup(_ doc: ReportDocument) -> [String] {
        paragraphs(doc) + tables(doc).flatMap { $0.rows.flatMap { $0 } }
    }
}

@Suite("The PDF's budget")
struct ReportBudgetTests {
    let small = BudgetFixtures.digest(events: 6, sources: 10)
    let large = BudgetFixtures.digest(events: 90)
    let budget = ReportBudget(detailEvents: 5, tableRows: 20, quotesPerEvent: 4, markersPerCitation: 3)

    @Test("A digest within the budget gets the complete document, unchanged and without a note")
    func withinBudget() {
        let roomy = ReportBudget(detailEvents: 10, tableRows: 100, quotesPerEvent: 100, markersPerCitation: 50)
        let (budgeted, abridgement) = ReportBuilder(corpusName: "valley", budget: roomy).report(small)
        let complete = ReportBuilder(corpusName: "valley").document(small)
        #expect(abridgement.isComplete)
        #expect(BudgetFixtures.markup(budgeted) == BudgetFixtures.markup(complete))
        #expect(BudgetFixtures.headings(budgeted, level: 3).count == BudgetFixtures.headings(complete, level: 3).count)
        #expect(!BudgetFixtures.paragraphs(budgeted).contains { $0.contains("abridged") })
    }

    @Test("Details go to the events most sources report, in date order; the rest are counted and pointed to")
    func detailSelection() throws {
        let builder = ReportBuilder(corpusName: "valley", budget: budget, completeRecord: "valley.html next to it")
        let (doc, abridgement) = builder.report(large)
        let detailed = BudgetFixtures.headings(doc, level: 3).filter { $0.hasPrefix("E") }
        #expect(detailed.count == 5)
        #expect(abridgement.detailedEvents == 5 && abridgement.events == 90)
        // The five with the most sources: no event left out has more sources than one detailed.
        let ids = Set(detailed.map { String($0.prefix { $0 != " " }) })
        let fewestDetailed = large.events.filter { ids.contains($0.id) }.map(\.sources.count).min() ?? 0
        #expect(large.events.filter { !ids.contains($0.id) }.allSatisfy { $0.sources.count <= fewestDetailed })
        // In the digest's (date) order.
        let positions = detailed.compactMap { h in large.events.firstIndex { h.hasPrefix($0.id + " ") } }
        #expect(positions == positions.sorted())
        // Said at the top, with the counts and where the rest is.
        let note = try #require(BudgetFixtures.paragraphs(doc).first { $0.contains("abridged") })
        #expect(note.contains("5 events reported by the most sources (of 90 events"))
        #expect(note.contains("valley.html next to it"))
        #expect(BudgetFixtures.paragraphs(doc).contains { $0.contains("The other 85 events and their source sentences are in valley.html next to it.") })
    }

    @Test("Long tables stop at the budget and say how many rows are elsewhere")
    func tablesCut() throws {
        let (doc, abridgement) = ReportBuilder(corpusName: "valley", budget: budget).report(large)
        let tables = BudgetFixtures.tables(doc)
        let events = try #require(tables.first { $0.header.first == "#" && $0.header.contains("Event") })
        #expect(events.rows.count == 20)
        #expect(abridgement.eventRows == 20)
        let figures = try #require(tables.first { $0.header.contains("Best") })
        #expect(figures.rows.count == abridgement.figureRows)
        #expect(figures.rows.count <= 20 + large.breakdowns.count)
        #expect(abridgement.figureRowsTotal == large.figures.count + large.breakdowns.count)
        #expect(BudgetFixtures.paragraphs(doc).contains { $0.contains("This table lists the 20 of 90 events") && $0.contains("The other 70 events are in") })
        #expect(BudgetFixtures.paragraphs(doc).contains { $0.contains("This table lists \(figures.rows.count) of \(abridgement.figureRowsTotal) rows") })
        // Every figure row belongs to an event of the events table's selection or the detailed ones.
        let tabledIDs = Set(events.rows.map { $0[0] })
        #expect(figures.rows.allSatisfy { tabledIDs.contains(String($0[0].prefix { $0 != " " })) })
    }

    @Test("Quotes beyond the budget: sentences stating the date or a figure first, the rest counted")
    func quotesCut() throws {
        let (doc, abridgement) = ReportBuilder(corpusName: "valley", budget: budget).report(large)
        let quotes = BudgetFixtures.paragraphs(doc).filter { $0.contains("According to") }
        #expect(quotes.count == abridgement.quotedSentences)
        #expect(abridgement.quotedSentences <= 5 * 4)
        #expect(abridgement.quotedSentencesTotal == large.events.reduce(0) { $0 + Set($1.mentions.map { "\($0.file)#\($0.sentence)" }).count })
        #expect(BudgetFixtures.paragraphs(doc).contains { $0.contains("Quoted: 4 of the") })
        // The selection keeps the sentence a figure is read from (the event's last mention).
        let event = try #require(large.events.first { e in BudgetFixtures.headings(doc, level: 3).contains { $0.hasPrefix(e.id + " ") } })
        let figureRef = try #require(event.mentions.last)
        let kept = ReportBuilder.quotes(ReportBuilder.distinctSentences(event.mentions), of: event,
                                        figures: large.figures.filter { $0.event == event.id }, limit: 2)
        #expect(kept.count == 2)
        #expect(kept.contains(figureRef))
        #expect(kept.contains(event.dateSources[0]))
    }

    @Test("Every citation of an abridged document leads to an entry of its sources list, which lists only those")
    func citationsResolve() throws {
        let (doc, abridgement) = ReportBuilder(corpusName: "valley", budget: budget).report(large)
        let sources = try #require(BudgetFixtures.tables(doc).first { $0.header.contains("Publisher") })
        let declared = Set(sources.rows.compactMap { row in row.joined().components(separatedBy: "<a name=\"source-").dropFirst().first.flatMap { Int($0.prefix { $0.isNumber }) } })
        var cited = Set<Int>()
        for m in BudgetFixtures.markup(doc) { CitedSources.links(in: m, into: &cited) }
        for block in doc.blocks {
            if case .casualties(let chart, _) = block { for bar in chart.bars { CitedSources.markers(in: bar.annotation ?? "", into: &cited) } }
        }
        #expect(!cited.isEmpty)
        #expect(cited.isSubset(of: declared), "cited without an entry: \(cited.subtracting(declared).sorted())")
        #expect(declared.count == abridgement.listedSources)
        #expect(abridgement.listedSources < large.sources.count)
        // Numbers stay those of the complete list.
        #expect(sources.rows.allSatisfy { row in
            guard let n = Int(row[0].dropFirst().dropLast()) else { return false }
            return row[1].contains("<a name=\"source-\(n)\"/>Lowland Gazette \(n)")
        })
        #expect(BudgetFixtures.paragraphs(doc).contains { $0.contains("The \(abridgement.listedSources) of 80 sources this PDF cites") })
        // Boilerplate is listed for those sources only, up to the table budget, and the rest counted.
        let removed = try #require(BudgetFixtures.tables(doc).first { $0.header.contains("Text removed") })
        #expect(removed.rows.count == min(abridgement.listedSources, 20))
        #expect(removed.rows.allSatisfy { row in Int(row[0].dropFirst().dropLast()).map(declared.contains) ?? false })
        #expect(abridgement.listedRemovedPassages == removed.rows.count && abridgement.removedPassages == 80)
        #expect(BudgetFixtures.paragraphs(doc).contains { $0.contains("\(removed.rows.count) of the 80 passages removed") })
    }

    @Test("A cell cites at most its budget of markers, the lowest numbers, and counts the rest")
    func markersCapped() throws {
        let (doc, _) = ReportBuilder(corpusName: "valley", budget: budget).report(large)
        let events = try #require(BudgetFixtures.tables(doc).first { $0.header.first == "#" && $0.header.contains("Event") })
        for row in events.rows {
            let event = try #require(large.events.first { $0.id == row[0] })
            let links = row[4].components(separatedBy: "<a href=").count - 1
            #expect(links == min(3, event.sources.count))
            if event.sources.count > 3 { #expect(row[4].hasSuffix(" +\(event.sources.count - 3) more sources") || row[4].hasSuffix(" +1 more source")) }
        }
    }

    @Test("The complete budget keeps everything: every event detailed, every sentence quoted, every source listed")
    func complete() throws {
        let (doc, abridgement) = ReportBuilder(corpusName: "valley").report(large)
        #expect(abridgement.isComplete)
        #expect(BudgetFixtures.headings(doc, level: 3).filter { $0.hasPrefix("E") }.count == 90)
        #expect(BudgetFixtures.paragraphs(doc).filter { $0.contains("According to") }.count == abridgement.quotedSentencesTotal)
        let sources = try #require(BudgetFixtures.tables(doc).first { $0.header.contains("Publisher") })
        #expect(sources.rows.count == 80)
        #expect(!BudgetFixtures.markup(doc).contains { $0.contains("more source") })
    }

    @Test("A disputed figure lists the values most sources state, within the budget, and counts the rest")
    func valuesCapped() throws {
        var digest = BudgetFixtures.digest(events: 6, sources: 20)
        let refs = digest.events[0].mentions
        digest.figures[0].conflict = true
        digest.figures[0].values = (0..<7).map { k in
            FigureValue(quantity: Quantity(exactly: 10 + k), texts: ["\(10 + k) died"], sources: Array(refs.prefix(k == 4 ? 3 : 1)))
        }
        let budget = ReportBudget(detailEvents: 6, tableRows: 100, quotesPerEvent: 100, markersPerCitation: 10, valuesPerFigure: 2)
        let (doc, _) = ReportBuilder(corpusName: "valley", budget: budget, completeRecord: "the page").report(digest)
        let figures = try #require(BudgetFixtures.tables(doc).first { $0.header.contains("Best") })
        let note = try #require(figures.rows.first { $0[0].hasPrefix(digest.figures[0].event + " ") && $0[7].contains("disagree") }?[7])
        #expect(note.contains("14 ") && note.contains(" vs "), "the value three sources state comes first: \(note)")
        #expect(note.contains("(+5 more values, with their sources in the page)"))
        let complete = ReportBuilder(corpusName: "valley").document(digest)
        let all = try #require(BudgetFixtures.tables(complete).first { $0.header.contains("Best") }?.rows.first { $0[7].contains("disagree") }?[7])
        #expect(all.components(separatedBy: " vs ").count == 7)
    }

    @Test("A detail limit of zero details no event and says so")
    func zeroDetails() {
        let (doc, abridgement) = ReportBuilder(corpusName: "valley", budget: .pdf(detailEvents: 0)).report(large)
        #expect(abridgement.detailedEvents == 0)
        #expect(BudgetFixtures.headings(doc, level: 3).filter { $0.hasPrefix("E") }.isEmpty)
        #expect(BudgetFixtures.paragraphs(doc).contains { $0.contains("Details of the 0 of 90 events") })
    }
}

@Suite("HTML report streaming")
struct HTMLStreamingTests {
    @Test("The page streamed in pieces is the page built whole, and holds every event and source")
    func streamedEqualsWhole() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("annals-html-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let doc = ReportBuilder(corpusName: "valley").document(BudgetFixtures.digest(events: 40, sources: 30))
        var pieces: [String] = []
        try HTMLReportRenderer(chartWidth: 480).write(doc, scratch: scratch) { pieces.append($0) }
        let whole = try HTMLReportRenderer(chartWidth: 480).html(doc, scratch: scratch)
        #expect(pieces.count > 100, "one piece per block, not one string")
        #expect(pieces.joined() == whole)
        #expect(whole.hasPrefix("<!DOCTYPE html>") && whole.hasSuffix("</html>\n"))
        for i in 1...40 { #expect(whole.contains("<h3 id=\"e\(i)-flood-in-marrowby-\(i)\">")) }
        for n in 1...30 { #expect(whole.contains("id=\"source-\(n)\"")) }
        #expect(whole.components(separatedBy: "<nav aria-label=\"Contents\">").count == 2)
        #expect(!whole.contains("abridged"))
    }

    @Test("Tags are stripped without a regular expression; the sources list is recognised by its [N] cells")
    func sourcesTable() {
        #expect(HTMLReportRenderer.stripTags("<a name=\"source-3\"/>[3]") == "[3]")
        #expect(HTMLReportRenderer.stripTags("[12]") == "[12]")
        #expect(HTMLReportRenderer.isSourcesTable(Table(header: ["#"], rows: [["[1]"], ["<b>[2]</b>"]])))
        #expect(!HTMLReportRenderer.isSourcesTable(Table(header: ["#"], rows: [["[1]"], ["E2"]])))
    }
}

@Suite("Inline SVG")
struct InlineSVGTests {
    @Test("Cairo's process-wide surface numbers are renumbered in order of appearance; other ids are kept")
    func surfacesRenumbered() {
        let a = "<svg><g id=\"surface812\"><use xlink:href=\"#surface815\"/><g id=\"surface815\"/><path id=\"glyph0-3\"/></g></svg>"
        let b = "<svg><g id=\"surface4\"><use xlink:href=\"#surface7\"/><g id=\"surface7\"/><path id=\"glyph0-3\"/></g></svg>"
        #expect(InlineSVG.renumberSurfaces(a) == InlineSVG.renumberSurfaces(b))
        #expect(InlineSVG.renumberSurfaces(a) == "<svg><g id=\"surface1\"><use xlink:href=\"#surface2\"/><g id=\"surface2\"/><path id=\"glyph0-3\"/></g></svg>")
        #expect(InlineSVG.renumberSurfaces("no surfaces, surface alone") == "no surfaces, surface alone")
    }
}
