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
