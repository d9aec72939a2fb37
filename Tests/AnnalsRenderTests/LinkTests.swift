import Foundation
import Testing

@testable import AnnalsRender

@Suite struct LinkedMarkupTests {
    @Test func linksAndAnchorsAreSplitOutWithPlainTextByteRanges() {
        let parsed = LinkedMarkup(parsing: "Levee <b>breach</b> &amp; flood <a href=\"#src-2\">[2]</a> see <a href=\"https://example.org/?a=1&amp;b=2\">site</a>")
        let blue = "<span foreground=\"\(LinkedMarkup.linkColor)\">"
        #expect(parsed.markup == "Levee <b>breach</b> &amp; flood \(blue)[2]</span> see \(blue)site</span>")
        // Plain text: "Levee breach & flood [2] see site"
        #expect(parsed.links.count == 2)
        #expect(parsed.links[0] == .init(target: .destination("src-2"), range: 21..<24))
        #expect(parsed.links[1] == .init(target: .uri("https://example.org/?a=1&b=2"), range: 29..<33))
        #expect(parsed.anchors.isEmpty)
    }

    @Test func anchorsMayBeEmptyOrWrapText() {
        let parsed = LinkedMarkup(parsing: "<a name=\"src-4\">[4]</a> Ferry Gazette <a name='end'/>é")
        #expect(parsed.markup == "[4] Ferry Gazette é")
        #expect(parsed.anchors == [.init(name: "src-4", index: 0), .init(name: "end", index: 18)])
        #expect(parsed.links.isEmpty)
    }

    @Test func otherTagsAndLookalikesAreLeftAlone() {
        #expect(!LinkedMarkup.mayContainLinks("<b>bold</b> <big>big</big> &lt;a href&gt;"))
        #expect(LinkedMarkup.mayContainLinks("x <a href=\"#y\">z</a>"))
        let parsed = LinkedMarkup(parsing: "<big>Big</big> <span foreground=\"#555555\">grey</span>")
        #expect(parsed.markup == "<big>Big</big> <span foreground=\"#555555\">grey</span>")
        #expect(parsed.isEmpty)
    }

    @Test func cairoAttributeValuesEscapeQuotes() {
        #expect(PDFLinkEmitter.quoted("it's a\\b") == "it\\'s a\\\\b")
    }
}

/// A report whose paragraphs and table cells cite numbered sources listed at the end.
enum LinkFixtures {
    static let sourceCount = 40

    static func report() -> ReportDocument {
        let citing = (1...12).map { k in
            "The river crested at gauge \(k) on the third day <a href=\"#src-\(k)\">[\(k)]</a><a href=\"#src-\(k + 20)\">[\(k + 20)]</a>; "
                + "a dangling marker <a href=\"#nowhere\">[?]</a> must not become a dead link."
        }
        var blocks: [Flowable] = [.heading(level: 1, text: "Flood on the lower river")]
        blocks += citing.map { .paragraph(markup: $0) }
        blocks.append(.table(Table(header: ["Gauge", "Level", "Sources"],
                                   rows: (1...6).map { ["G\($0)", "\(3 + $0).\($0) m", "<a href=\"#src-\($0 + 30)\">[\($0 + 30)]</a>"] })))
        blocks.append(.heading(level: 2, text: "Sources"))
        let rows = (1...sourceCount).map { k in
            ["<a name=\"src-\(k)\">[\(k)]</a>", "Valley Courier \(k)", "<a href=\"https://news.example.org/flood/\(k)?view=full&amp;lang=en\">news.example.org/flood/\(k)</a>"]
        }
        blocks.append(.table(Table(header: ["#", "Outlet", "Address"], rows: rows, columnWeights: [0.5, 2, 4])))
        return ReportDocument(metadata: ReportMetadata(title: "Flood report", creationDate: Date(timeIntervalSince1970: 1_400_000_000)),
                              blocks: blocks, headerText: "Flood")
    }
}

@Suite struct PDFLinkTests {
    /// Link annotations of a PDF from `qpdf --json`: (page index, /Dest name or /URI).
    static func annotations(_ qpdf: String, _ path: String) throws -> [(page: Int, target: String)] {
        let json = try Tools.run(qpdf, ["--json=2", "--json-key=pages", "--json-key=qpdf", path]).output
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let pages = try #require(root["pages"] as? [[String: Any]])
        let objects = try #require(((root["qpdf"] as? [Any])?.last as? [String: Any]))
        func object(_ ref: String) -> [String: Any]? { (objects["obj:" + ref] as? [String: Any])?["value"] as? [String: Any] }
        var result: [(Int, String)] = []
        for (index, page) in pages.enumerated() {
            guard let pageRef = page["object"] as? String, let dict = object(pageRef) else { continue }
            var annots: [String] = []
            if let list = dict["/Annots"] as? [String] { annots = list }
            else if let ref = dict["/Annots"] as? String, let list = (objects["obj:" + ref] as? [String: Any])?["value"] as? [String] { annots = list }
            for ref in annots {
                guard let annot = object(ref), annot["/Subtype"] as? String == "/Link" else { continue }
                if let dest = annot["/Dest"] as? String { result.append((index, Self.text(dest))) }
                if let action = (annot["/A"] as? [String: Any]) ?? (annot["/A"] as? String).flatMap(object), let uri = action["/URI"] as? String {
                    result.append((index, Self.text(uri)))
                }
            }
        }
        return result
    }

    /// qpdf JSON v2 writes PDF strings as "u:text".
    static func text(_ jsonString: String) -> String { jsonString.hasPrefix("u:") ? String(jsonString.dropFirst(2)) : jsonString }

    @Test func citationLinksLeadToTheirSourceRowAndTheFileIsSound() throws {
        guard let qpdf = Tools.find("qpdf"), let pdfinfo = Tools.find("pdfinfo"), let pdftotext = Tools.find("pdftotext") else { return }
        let dir = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("links.pdf")
        let pages = try ReportRenderer().render(LinkFixtures.report(), to: url)
        #expect(pages >= 2)
        // Sound: qpdf exits 0 (3 would mean warnings) and nothing but the PDF is left in the directory.
        let check = try Tools.run(qpdf, ["--check", url.path])
        #expect(check.status == 0)
        #expect(check.output.contains("No syntax or stream encoding errors"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["links.pdf"])

        let links = try Self.annotations(qpdf, url.path)
        let internalLinks = links.filter { !$0.target.contains("://") }
        let external = links.filter { $0.target.contains("://") }
        // 12 paragraphs × 2 markers + 6 table cells; the dangling "#nowhere" is not a link.
        #expect(internalLinks.count == 12 * 2 + 6)
        #expect(!internalLinks.contains { $0.target.contains("nowhere") })
        #expect(Set(external.map(\.target)) == Set((1...LinkFixtures.sourceCount).map { "https://news.example.org/flood/\($0)?view=full&lang=en" }))

        // Every destination exists once, on the page whose text shows that source's row.
        let dests = try Tools.run(pdfinfo, ["-dests", url.path]).output
        for k in [1, 7, 21, 36, LinkFixtures.sourceCount] {
            let line = try #require(dests.split(separator: "\n").first { $0.hasSuffix("\"src-\(k)\"") })
            let page = try #require(Int(line.split(separator: " ").first ?? ""))
            let text = try Tools.run(pdftotext, ["-f", "\(page)", "-l", "\(page)", url.path, "-"]).output
            #expect(text.contains("Valley Courier \(k)\n") || text.hasSuffix("Valley Courier \(k)"))
        }
        #expect(!dests.contains("nowhere"))
    }

    @Test func fontsAreEmbeddedAndHeadingsAreInTheOutline() throws {
        guard let qpdf = Tools.find("qpdf"), let pdffonts = Tools.find("pdffonts") else { return }
        let dir = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("f.pdf")
        try ReportRenderer().render(LinkFixtures.report(), to: url)
        // pdffonts: two header lines, then one line a font whose "emb" column must say yes.
        let fonts = try Tools.run(pdffonts, [url.path]).output.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for font in fonts {
            #expect(font.contains("DejaVuSans"))
            let columns = font.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.count >= 5 && columns[columns.count - 5] == "yes", "\(font)")
        }
        let json = try Tools.run(qpdf, ["--json=2", "--json-key=outlines", url.path]).output
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let outlines = try #require(root["outlines"] as? [[String: Any]])
        #expect(outlines.map { $0["title"] as? String } == ["Flood on the lower river"])
        let kids = try #require(outlines.first?["kids"] as? [[String: Any]])
        #expect(kids.map { $0["title"] as? String } == ["Sources"])
        #expect((kids.first?["destpageposfrom1"] as? Int ?? 0) >= 1)
    }

    @Test func linkedReportsAreByteIdenticalAcrossRuns() throws {
        let dir = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.pdf"), b = dir.appendingPathComponent("b.pdf")
        try ReportRenderer(paper: .letter).render(LinkFixtures.report(), to: a)
        try ReportRenderer(paper: .letter).render(LinkFixtures.report(), to: b)
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test func rewriterRepairsAShiftedCrossReferenceTableThatVerifyRejects() throws {
        guard let qpdf = Tools.find("qpdf") else { return }
        let dir = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sound = dir.appendingPathComponent("sound.pdf"), damaged = dir.appendingPathComponent("damaged.pdf")
        let repaired = dir.appendingPathComponent("repaired.pdf")
        try ChartRenderer().render(Fixtures.casualties(), to: sound, format: .pdf, width: 400, height: 240)
        // A comment line after the header shifts every object: the xref offsets now point wrong.
        var bytes = try Data(contentsOf: sound)
        let headerEnd = try #require(bytes.firstIndex(of: UInt8(ascii: "\n")))
        bytes.insert(contentsOf: Data("% shifted by a careless tool\n".utf8), at: headerEnd + 1)
        try bytes.write(to: damaged)
        #expect(try Tools.run(qpdf, ["--check", damaged.path]).status != 0)
        #expect(throws: RenderError.self) { try PDFRewriter.verify(damaged.path) }
        try PDFRewriter.rewrite(damaged.path, to: repaired.path)
        #expect(try Tools.run(qpdf, ["--check", repaired.path]).status == 0)
    }

    @Test func rewriterRejectsAFileThatIsNotAPDF() throws {
        let dir = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.pdf"), output = dir.appendingPathComponent("out.pdf")
        try Data("not a pdf at all".utf8).write(to: input)
        #expect(throws: RenderError.self) { try PDFRewriter.rewrite(input.path, to: output.path) }
    }
}
