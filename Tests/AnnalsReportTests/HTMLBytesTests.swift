import AnnalsRender
import Foundation
import Testing
@testable import AnnalsReport

/// The byte-level HTML writers must give exactly what the `Character`-level references give.
@Suite("HTML byte-level conversion")
struct HTMLBytesTests {
    static let markups: [String] = [
        "plain text, no tags",
        "<b>Date:</b> 3 May 2011 <a href=\"#source-4\">[4]</a><a href=\"#source-12\">[12]</a>",
        "<span foreground=\"#555555\">According to [7] The Lakeside Courier, sentence 3:</span> <i>“Shells hit Ostrel.”</i>",
        "<a name=\"source-9\"/>[9]",
        "<A HREF='https://example.net/a?b=1&amp;c=2'>link</A> and <TT>code</TT>",
        "<a href=\"javascript:alert(1)\">bad</a> <a href=\"#x y\">space</a>",
        "<span color=\"red\">red</span><span fgcolor=\"#12345\">bad colour</span><span>none</span>",
        "<b><i>unclosed",
        "</i>closing what was never opened</b>",
        "<unknown attr=\"1\">kept text</unknown><big>big</big><small>small</small><sub>2</sub><sup>3</sup><s>x</s><u>y</u>",
        "a < b with no tag end",
        "text then <b>bold then a stray < and > and &amp;",
        "<b >spaced</ b ><span\tforeground=\"blue\" >tab</span>",
        "<i>Ağdam</i> and <b>Łódź</b>",
        "<i>\u{301}combining mark after a tag</i>",
        "e\u{301}<b>x</b>",
        "<b>emoji 👍🏽 inside</b>",
        "[1][2]",
        "[+3][4]",
        "<a href=\"#source-1\">[1]</a>",
        "",
    ]

    @Test("PangoToHTML.convert equals the character-level reference", arguments: markups)
    func convertMatchesReference(markup: String) {
        #expect(PangoToHTML.convert(markup) == PangoToHTML.convertByCharacters(markup))
    }

    @Test("Markup with an accent right after a tag takes the reference path and still converts")
    func combiningAfterTag() {
        var out: [UInt8] = []
        #expect(PangoToHTML.append("<i>\u{301}x</i>", to: &out) == false)
        #expect(out.isEmpty)
        #expect(PangoToHTML.append("<i>Ağdam</i>", to: &out) == true)
        #expect(String(decoding: out, as: UTF8.self) == "<i>Ağdam</i>")
    }

    static let pages: [String] = [
        "<td>[1][3]</td><td>[2]</td><td>[99]</td>",
        "<p>Prose quoting [2] in a sentence</p><td>[2][3]</td>",
        "<td><a href=\"#source-2\">[2]</a></td><td>[+3]</td><td>[-1]</td><td>[4</td><td>[]</td>",
        "<a>[1]</a>[1]<a id=\"x\">[2]</a>[3]",
        "<td>[1]\u{301}</td><td>[2]</td>",
        "<td>Ağdam [1]</td><td>[1]</td>",
        "<td>[1]</td><unterminated [2]",
    ]

    @Test("linkCitations on bytes equals the character-level reference", arguments: pages)
    func linkCitationsMatchReference(html: String) {
        let numbers: Set<Int> = [1, 2, 3, 4]
        let reference = HTMLReportRenderer.linkCitationsByCharacters(html, to: numbers)
        #expect(HTMLReportRenderer.linkCitations(html, to: numbers) == reference)
        #expect(HTMLReportRenderer.linkCitations(bytes: Array(html.utf8), to: numbers) == reference)
    }

    @Test("Runs of bare markers become links to the sources table; other text stays")
    func linksMarkers() {
        let linked = HTMLReportRenderer.linkCitations("<td>[2][4]</td><td>see [2]</td>", to: [2, 4])
        #expect(linked == "<td><a class=\"cite\" href=\"#source-2\">[2]</a><a class=\"cite\" href=\"#source-4\">[4]</a></td><td>see [2]</td>")
    }

    @Test("A cell that is only a web address becomes a link; other cells do not")
    func plainLinks() {
        #expect(HTMLReportRenderer.plainLink(Array("https://example.org/x".utf8)) == "https://example.org/x")
        #expect(HTMLReportRenderer.plainLink(Array("HTTP://EXAMPLE.ORG".utf8)) == "HTTP://EXAMPLE.ORG")
        #expect(HTMLReportRenderer.plainLink(Array("#source-3".utf8)) == nil)
        #expect(HTMLReportRenderer.plainLink(Array("ftp://example.org".utf8)) == nil)
        #expect(HTMLReportRenderer.plainLink(Array("https://a.org/<b>".utf8)) == nil)
        #expect(HTMLReportRenderer.plainLink(Array("12 May 2004".utf8)) == nil)
        #expect(HTMLReportRenderer.plainLink([]) == nil)
    }

    @Test("Links are checked on bytes exactly as by characters",
          arguments: ["https://example.org/a", "HTTPS://EXAMPLE.ORG", "http://x", "#source-2", "#", "ftp://x", "http:/x", "https://a b",
                      "https://a\tb", "https://a\r\nb", "https://a\"b", "https://a'b", "https://a<b", "", "h", "https://a\u{1C}b"])
    func safeLinks(link: String) {
        #expect(PangoToHTML.isSafeLink(link) == PangoToHTML.isSafeLinkByCharacters(link))
    }

    @Test("Escaping on bytes equals escaping by characters",
          arguments: ["plain", "Tom & Jerry's \"show\" <b>", "&\u{301} accent after an ampersand", "Łódź & Ağdam", "", "'", "a\r\n<b>"])
    func escaping(text: String) {
        #expect(Markup.escape(text) == Markup.escapeByCharacters(text))
    }

    @Test("A table longer than a chunk converts in order, each row once, citations linked across chunk boundaries")
    func chunkedTable() throws {
        let count = HTMLReportRenderer.rowsPerChunk * 2 + 7
        let events = Table(header: ["ID", "Place", "Sources"], rows: (1...count).map { i in
            ["E\(i)", i % 97 == 0 ? "<i>Ostrel \u{301}bay</i>" : "Ostrel & Velmora", "<a href=\"#source-2\">[2]</a>[\(i % 3 + 1)]"]
        })
        let sources = Table(header: ["#", "Publisher"], rows: (1...3).map { ["<a name=\"source-\($0)\"/>[\($0)]", "Courier \($0)"] })
        let doc = ReportDocument(metadata: ReportMetadata(title: "Chunks"), blocks: [.heading(level: 1, text: "Chunks"), .table(events), .table(sources)])
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("annals-chunks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let page = try HTMLReportRenderer().html(doc, scratch: scratch)
        let rows = page.components(separatedBy: "<tr><td>E")
        #expect(rows.count == count + 1)
        // Rows in order: E1, E2, … each once.
        #expect(zip(rows.dropFirst(), 1...count).allSatisfy { $0.hasPrefix("\($1)<") })
        // A row past the first chunk boundary has its bare marker linked, the linked one left alone.
        let late = rows[HTMLReportRenderer.rowsPerChunk + 1]
        #expect(late.contains("<a href=\"#source-2\">[2]</a><a class=\"cite\" href=\"#source-"))
        #expect(rows[1].hasPrefix("1</td><td>" + PangoToHTML.convertByCharacters("Ostrel & Velmora") + "</td>"))
        #expect(rows[97].hasPrefix("97</td><td><i>Ostrel \u{301}bay</i></td>"))
    }

    @Test("ASCII characters next to marks or format characters are not their own clusters")
    func asciiClusters() {
        func holds(_ s: String) -> Bool { var s = s; return s.withUTF8 { ASCIIClusters.hold($0) } }
        #expect(holds("plain <b>ASCII</b>"))
        #expect(holds("Łódź, Ağdam, 東京, “quoted”"))
        #expect(!holds(">\u{301}"))
        #expect(!holds("a\u{200D}b"))
        #expect(!holds("\u{600}1"))
        #expect(!holds("x\u{1F3FD}"))
    }
}
