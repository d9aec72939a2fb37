import AnnalsRender
import Testing
@testable import AnnalsCore
@testable import AnnalsReport

@Suite("Report assembly")
struct ReportBuilderTests {
    func digest() -> Digest {
        let sentence = "Rockets <hit> Sderot & killed 3 people on 5 May 2019."
        let n = sentence.unicodeScalars.count
        let ref = SourceReference(file: "a.txt", start: 0, end: n, sentence: 0, quote: sentence)
        let event = Event(id: "E1", type: .attack, title: "Attack on Sderot", date: DateSpan(start: PartialDate(year: 2019, month: 5, day: 5)),
                          places: ["Sderot"], names: [], sources: ["a.txt"], mentions: [ref], dateSources: [ref])
        let undated = Event(id: "E2", type: .commemoration, title: "Vigil in Ashkelon", date: nil, places: ["Ashkelon"], names: [],
                            sources: ["b.txt"], mentions: [SourceReference(file: "b.txt", start: 0, end: 5, sentence: 0, quote: "A vigil.")])
        let value = FigureValue(quantity: Quantity(exactly: 3), texts: ["killed 3 people"], sources: [ref])
        let figure = Figure(event: "E1", outcome: .killed, category: .all, low: 3, best: 3, high: 3, approximate: false,
                            sources: ["a.txt"], conflict: false, values: [value])
        let sources = [Source(number: 1, file: "a.txt", title: "Rockets", publisher: "Example Times", url: "https://example.org/a",
                              published: DocumentDate(date: PartialDate(year: 2019, month: 5, day: 6), certainty: .stated), note: nil, removed: []),
                       Source(number: 2, file: "b.txt", title: nil, publisher: "Example Post", url: nil, published: .unknown, note: nil, removed: [])]
        return Digest(sources: sources, events: [event, undated], figures: [figure], breakdowns: [])
    }

    @Test("The timeline places dated events and lists undated ones, never dropping them")
    func timeline() {
        let chart = TimelineMapping.chart(digest(), title: "T")
        #expect(chart.items.map(\.label) == ["Attack on Sderot"])
        #expect(chart.items.first?.keyFigure == "3 killed")
        #expect(chart.undated.count == 1)
        #expect(chart.undated.first?.contains("Vigil in Ashkelon") == true)
    }

    @Test("Source text is escaped for Pango and quoted with its source")
    func escapingAndAttribution() {
        let doc = ReportBuilder(corpusName: "test").document(digest())
        let paragraphs = doc.blocks.compactMap { block -> String? in
            if case .paragraph(let markup) = block { return markup }
            return nil
        }
        let quote = paragraphs.first { $0.contains("Sderot") && $0.contains("According to") }
        #expect(quote?.contains("&lt;hit&gt;") == true)
        #expect(quote?.contains("&amp;") == true)
        #expect(quote?.contains("<a href=\"#source-1\">[1]</a> Example Times") == true)
    }

    @Test("Every figure row cites its sources")
    func figuresCited() throws {
        let doc = ReportBuilder(corpusName: "test").document(digest())
        let tables = doc.blocks.compactMap { block -> Table? in
            if case .table(let t) = block { return t }
            return nil
        }
        let figures = try #require(tables.first { $0.header.contains("Best") })
        #expect(figures.rows.allSatisfy { $0.contains { $0.contains("[1]") } })
        let sources = try #require(tables.first { $0.header.contains("Publisher") })
        #expect(sources.rows.count == 2)
    }

    @Test("Citation markers link to a destination the sources list declares; http(s) addresses are links")
    func citationLinks() throws {
        let doc = ReportBuilder(corpusName: "test").document(digest())
        var markup: [String] = []
        var sources: Table?
        for block in doc.blocks {
            switch block {
            case .paragraph(let m): markup.append(m)
            case .table(let t):
                markup += t.rows.flatMap { $0 }
                if t.header.contains("Publisher") { sources = t }
            default: break
            }
        }
        let all = markup.joined(separator: "\n")
        #expect(all.contains("<a href=\"#source-1\">[1]</a>"))
        #expect(all.contains("<a href=\"#source-2\">[2]</a>"))
        let table = try #require(sources)
        // The first cell stays a bare "[N]"; the row declares the destination.
        #expect(table.rows.map { $0[0] } == ["[1]", "[2]"])
        #expect(table.rows[0].joined().contains("<a name=\"source-1\"/>"))
        #expect(table.rows[1].joined().contains("<a name=\"source-2\"/>"))
        #expect(table.rows[0].contains("<a href=\"https://example.org/a\">https://example.org/a</a>"))
        #expect(ReportBuilder.linkedURL("javascript:alert(1)") == "javascript:alert(1)")
        #expect(ReportBuilder.linkedURL(nil) == "–")
    }
}

@Suite("Charts of large corpora")
struct LargeCorpusChartTests {
    func digest(events n: Int) -> Digest {
        var events: [Event] = []
        var figures: [Figure] = []
        var sources: [Source] = []
        for i in 1...n {
            let file = "a\(i).txt"
            let ref = SourceReference(file: file, start: 0, end: 1, sentence: 0, quote: "x")
            events.append(Event(id: "E\(i)", type: .attack, title: "Attack \(i)", date: DateSpan(start: PartialDate(year: 2000 + i % 20)),
                                places: [], names: [], sources: [file], mentions: [ref]))
            let v = FigureValue(quantity: Quantity(exactly: i * 10), texts: ["\(i * 10) killed"], sources: [ref])
            figures.append(Figure(event: "E\(i)", outcome: .killed, category: .all, low: i * 10, best: i * 10, high: i * 10,
                                  approximate: false, sources: [file], conflict: false, values: [v]))
            sources.append(Source(number: i, file: file, title: nil, publisher: "Outlet \(i)", url: nil, published: .unknown, note: nil, removed: []))
        }
        return Digest(sources: sources, events: events, figures: figures, breakdowns: [])
    }

    @Test("The casualty chart keeps the largest events within its bar budget and says what it leaves out")
    func casualtyBudget() {
        let chart = CasualtyMapping.chart(digest(events: 40), title: "T", maxBars: 10)
        #expect(chart.bars.count == 10)
        #expect(chart.bars.contains { $0.best == 400 })
        #expect(!chart.bars.contains { $0.best == 10 })
        #expect(chart.footnote?.contains("30 more") == true)
    }

    @Test("A chart's source line names few sources and counts many")
    func sourceLine() {
        #expect(TimelineMapping.chart(digest(events: 3), title: "T").footnote?.contains("[2] Outlet 2") == true)
        let many = TimelineMapping.chart(digest(events: 40), title: "T").footnote ?? ""
        #expect(many.contains("40 articles"))
        #expect(!many.contains("Outlet 7"))
    }
}

@Suite("Figures in chart labels")
struct FigureLabelTests {
    func figure(low: Int?, best: Int?, high: Int?, conflict: Bool = false) -> Figure {
        Figure(event: "E1", outcome: .killed, category: .all, low: low, best: best, high: high, approximate: false, sources: ["a.txt"],
               conflict: conflict, values: [])
    }

    @Test("A timeline label gives the whole range the sources state, never one value picked among them")
    func keyStatesTheRange() {
        #expect(FigureText.key(figure(low: 37, best: 37, high: 37)) == "37 killed")
        #expect(FigureText.key(figure(low: 23, best: 23, high: 27, conflict: true)) == "23–27 killed")
        #expect(FigureText.key(figure(low: 40, best: 40, high: nil)) == "≥40 killed")
        #expect(FigureText.key(figure(low: 3000, best: nil, high: 5000)) == "3,000–5,000 killed")
    }

    @Test("The casualty chart gives a stated range without an estimate no bar value")
    func rangeWithoutBest() throws {
        let ref = SourceReference(file: "a.txt", start: 0, end: 1, sentence: 0, quote: "x")
        let event = Event(id: "E1", type: .battle, title: "Siege of Ostrel", date: nil, places: [], names: [], sources: ["a.txt"], mentions: [ref])
        let digest = Digest(sources: [Source(number: 1, file: "a.txt", title: nil, publisher: "P", url: nil, published: .unknown, note: nil, removed: [])],
                            events: [event], figures: [figure(low: 3000, best: nil, high: 5000), figure(low: 40, best: nil, high: nil)],
                            breakdowns: [])
        let bars = CasualtyMapping.chart(digest, title: "t").bars
        #expect(bars.count == 2)
        #expect(bars[0].best == nil)
        #expect(bars[0].low == 3000 && bars[0].high == 5000)
        #expect(bars[1].best == 40)  // open above: drawn to its lower bound, with an arrow
    }
}

@Suite("Unit chart mapping")
struct UnitChartMappingTests {
    @Test("The largest breakdown becomes one group per category plus the uncovered remainder")
    func mapsBreakdown() throws {
        let ref = SourceReference(file: "a.txt", start: 0, end: 1, sentence: 0, quote: "x")
        func figure(_ c: CasualtyCategory, _ n: Int) -> Figure {
            Figure(event: "E1", outcome: .killed, category: c, low: n, best: n, high: n, approximate: false, sources: ["a.txt"], conflict: false,
                   values: [FigureValue(quantity: Quantity(exactly: n), texts: ["\(n)"], sources: [ref])])
        }
        let event = Event(id: "E1", type: .attack, title: "Attack on Qana", date: nil, places: ["Qana"], names: [], sources: ["a.txt"], mentions: [ref])
        let digest = Digest(sources: [Source(number: 1, file: "a.txt", title: nil, publisher: "P", url: nil, published: .unknown, note: nil, removed: [])],
                            events: [event], figures: [figure(.all, 106), figure(.children, 37)],
                            breakdowns: [Breakdown(event: "E1", outcome: .killed, total: 106, parts: [.children: 37], sources: ["a.txt"])])
        let chart = try #require(CasualtyMapping.unitChart(digest))
        #expect(chart.groups.map(\.count) == [37, 69])
        #expect(chart.groups.last?.isRemainder == true)
        #expect(chart.title.contains("Attack on Qana"))
        #expect(CasualtyMapping.unitChart(Digest(sources: [], events: [], figures: [], breakdowns: [])) == nil)
    }
}
