import CAnnalsCairo
import Foundation
import Testing
@testable import AnnalsRender

@Suite struct OutputTests {
    @Test func formatsFollowTheExtension() {
        #expect(OutputFormat(pathExtension: "PNG") == .png)
        #expect(OutputFormat(pathExtension: "svg") == .svg)
        #expect(OutputFormat(pathExtension: "pdf") == .pdf)
        #expect(OutputFormat(pathExtension: "jpeg") == nil)
    }

    @Test func pngHasTheRequestedPixelsAndDrawnContent() throws {
        let dir = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("t.png")
        try ChartRenderer().render(Fixtures.smallTimeline(), to: url, format: .png, width: 640, height: 360, dpi: 144)
        guard let surface = cairo_image_surface_create_from_png(url.path) else { Issue.record("no surface"); return }
        defer { cairo_surface_destroy(surface) }
        #expect(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS)
        #expect(cairo_image_surface_get_width(surface) == 640)
        #expect(cairo_image_surface_get_height(surface) == 360)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        var inked = 0, coloured = 0
        for y in 0..<360 {
            let row = data.advanced(by: y * stride).withMemoryRebound(to: UInt32.self, capacity: 640) { $0 }
            for x in 0..<640 {
                let px = row[x]
                if px != 0xFFFF_FFFF { inked += 1 }
                let r = (px >> 16) & 0xFF, g = (px >> 8) & 0xFF, b = px & 0xFF
                if max(r, g, b) - min(r, g, b) > 60 { coloured += 1 }
            }
        }
        #expect(inked > 640 * 360 / 50)  // text, marks and bands
        #expect(coloured > 100)  // the lane colours of the marks
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["t.png"])  // no temp left behind
    }

    @Test func failedWritesLeaveNothingBehind() throws {
        let dir = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("no-such-dir/c.pdf")
        #expect(throws: RenderError.self) {
            try ChartRenderer().render(Fixtures.casualties(), to: missing, format: .pdf, width: 400, height: 300)
        }
        #expect(throws: RenderError.self) {
            try ChartRenderer().render(Fixtures.casualties(), to: dir.appendingPathComponent("c.png"), format: .png, width: 0, height: 300)
        }
        #expect(throws: RenderError.self) {
            try ChartRenderer().render(Fixtures.casualties(), to: dir.appendingPathComponent("c.png"), format: .png, width: 100_000, height: 300)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func streamedOutputWritesEveryPieceAndReplacesNothingOnFailure() throws {
        let dir = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("page.html")
        // More than one buffer's worth, in uneven pieces with multi-byte characters.
        let pieces = (0..<30_000).map { "<p>Piece \($0) of the river log — “high water”.</p>\n" }
        try StreamedOutput.write(to: url) { emit in for piece in pieces { try emit(piece) } }
        #expect(try String(contentsOf: url, encoding: .utf8) == pieces.joined())
        #expect(pieces.joined().utf8.count > StreamedOutput.bufferSize)
        // A producer that fails half-way leaves the previous file and no temporary.
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try StreamedOutput.write(to: url) { emit in
                for piece in pieces.prefix(25_000) { try emit(piece) }
                throw Stop()
            }
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == pieces.joined())
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["page.html"])
    }

    @Test func rewriterWorksInMemoryAndIsDeterministic() throws {
        let dir = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("chart.pdf")
        try ChartRenderer().render(Fixtures.casualties(), to: url, format: .pdf, width: 400, height: 240)
        let input = try Data(contentsOf: url)
        let a = try PDFRewriter.repaired(input), b = try PDFRewriter.repaired(input)
        #expect(a == b)
        #expect(a.starts(with: Data("%PDF-".utf8)))
        try PDFRewriter.verify(a)
        // A truncated copy is rejected by the verification.
        #expect(throws: RenderError.self) { try PDFRewriter.verify(a.prefix(a.count / 2)) }
        #expect(throws: RenderError.self) { try PDFRewriter.repaired(Data("%PDF-1.5 nothing else".utf8)) }
    }

    @Test func errorsSayWhatToDo() {
        let error = RenderError.unsupportedFormat("jpeg")
        #expect(error.description.contains(".png"))
    }
}

@Suite struct PDFTests {
    @Test func chartPDFIsOnePageAndPassesQpdf() throws {
        guard let pdfinfo = Tools.find("pdfinfo"), let qpdf = Tools.find("qpdf") else { return }
        let dir = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("c.pdf")
        try ChartRenderer().render(Fixtures.casualties(), to: url, format: .pdf, width: 500, height: 300)
        let info = try Tools.run(pdfinfo, [url.path]).output
        #expect(info.contains("Pages:           1"))
        #expect(info.contains("500 x 300 pts"))
        #expect(try Tools.run(qpdf, ["--check", url.path]).status == 0)
    }

    @Test func reportPaginatesRepeatsTableHeaderAndCarriesMetadata() throws {
        guard let pdfinfo = Tools.find("pdfinfo"), let pdftotext = Tools.find("pdftotext"), let qpdf = Tools.find("qpdf") else { return }
        let dir = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("r.pdf")
        let pages = try ReportRenderer(paper: .a4).render(Fixtures.report(rows: 80), to: url)
        let info = try Tools.run(pdfinfo, [url.path]).output
        #expect(info.contains("Pages:           \(pages)"))
        #expect(pages >= 3)
        #expect(info.contains("Title:           Harbour report"))
        #expect(info.contains("Author:          Annals tests"))
        #expect(info.contains("Keywords:        strike, flood"))
        #expect(info.contains("2017"))  // the creation date passed in, not today
        #expect(info.contains("595.276 x 841.89 pts"))
        #expect(try Tools.run(qpdf, ["--check", url.path]).status == 0)
        // The table starts on page 2 and overflows: its header is repeated on page 3.
        var headerPages = 0
        for page in 1...pages {
            let text = try Tools.run(pdftotext, ["-f", "\(page)", "-l", "\(page)", "-layout", url.path, "-"]).output
            #expect(text.contains("page \(page) of \(pages)"))
            #expect(text.contains("Annals — Harbour strike and floods"))
            if text.contains("Source ID") && text.contains("Outlet") { headerPages += 1 }
        }
        #expect(headerPages >= 2)
        // The outline lists the headings.
        let json = try Tools.run(qpdf, ["--json", "--json-key=outlines", url.path]).output
        #expect(json.contains("Casualties") && json.contains("Sources"))
    }

    @Test func sameReportAndDateGiveIdenticalBytes() throws {
        let dir = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.pdf"), b = dir.appendingPathComponent("b.pdf")
        try ReportRenderer().render(Fixtures.report(rows: 30), to: a)
        try ReportRenderer().render(Fixtures.report(rows: 30), to: b)
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test func letterPaperAndHeadingsAreNeverLastOnAPage() throws {
        let measurer = try TextEngine.measuring()
        let geometry = PageGeometry(width: Paper.letter.size.width, height: Paper.letter.size.height)
        // Fill a page almost to the bottom, then a heading: it must move to the next page with its paragraph.
        var blocks: [Flowable] = [.spacer(1)]
        blocks.append(.paragraph(markup: String(repeating: "Filler line about the ferry timetable. ", count: 120)))
        blocks.append(.heading(level: 2, text: "Aftermath"))
        blocks.append(.paragraph(markup: "Short closing paragraph."))
        let result = ReportPaginator(measurer: measurer, page: geometry).paginate(blocks)
        let heading = try #require(result.outline.first { $0.title == "Aftermath" })
        let lastMarkOnHeadingPage = result.pages[heading.page].last
        if case let .textLines(text, _, _, _) = lastMarkOnHeadingPage {
            #expect(text == "Short closing paragraph.")
        } else {
            Issue.record("the heading's page should end with its paragraph")
        }
    }

    @Test func paragraphsSplitLineByLineAcrossPages() throws {
        let measurer = try TextEngine.measuring()
        let geometry = PageGeometry(width: Paper.a4.size.width, height: Paper.a4.size.height)
        let markup = String(repeating: "A long account of the ferry disaster inquiry, hearing by hearing. ", count: 400)
        let result = ReportPaginator(measurer: measurer, page: geometry).paginate([.paragraph(markup: markup)])
        #expect(result.pages.count >= 3)
        var next = 0
        for page in result.pages {
            for mark in page {
                guard case let .textLines(_, at, _, lines) = mark else { continue }
                #expect(lines.lowerBound == next)  // no line lost or repeated
                #expect(at.y >= geometry.textTop)
                next = lines.upperBound
            }
        }
        #expect(next == measurer.lines(markup, style: ChartText.wrapped(ReportPaginator.paragraphStyle, geometry.textWidth)).count)
    }
}

@Suite struct EdgeCaseTests {
    @Test func emptyChartsStillRender() throws {
        let dir = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try ChartRenderer().render(TimelineChart(title: "Nothing dated yet", items: [], undated: ["A rumour"]),
                                   to: dir.appendingPathComponent("t.png"), format: .png, width: 400, height: 250)
        try ChartRenderer().render(CasualtyChart(title: "No figures", bars: []), to: dir.appendingPathComponent("c.svg"), format: .svg, width: 400, height: 250)
        let pages = try ReportRenderer(paper: .letter).render(ReportDocument(metadata: ReportMetadata(title: "Empty"), blocks: []), to: dir.appendingPathComponent("r.pdf"))
        #expect(pages == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["c.svg", "r.pdf", "t.png"])
    }

    @Test func nonFiniteFiguresAreLabelledNotDrawn() throws {
        let chart = CasualtyChart(title: "Odd input", bars: [CasualtyBar(group: "Killed", label: "All", best: .nan, high: .infinity),
                                                             CasualtyBar(group: "Killed", label: "Adults", best: 12, high: 12)])
        let layout = CasualtyLayoutEngine(measurer: try TextEngine.measuring()).layout(chart, size: Size(width: 500, height: 200))
        #expect(layout.barRects.allSatisfy { $0.width.isFinite && $0.x.isFinite })
        #expect(CasualtyMarks.valueText(chart.bars[0]).contains("n/a"))
    }

    @Test func invalidMarkupIsShownLiterallyNotLost() throws {
        let engine = try TextEngine.measuring()
        let broken = engine.measure("Casualties <b>unclosed", style: TextStyle(font: FontSpec(size: 10), markup: true))
        let plain = engine.measure("Casualties <b>unclosed", style: TextStyle(font: FontSpec(size: 10)))
        #expect(broken == plain)
        #expect(broken.width > 50)
    }
}

@Suite struct PaginationRuleTests {
    @Test func noParagraphLeavesASingleLineOnEitherSideOfABreak() throws {
        let measurer = try TextEngine.measuring()
        let geometry = PageGeometry(width: Paper.a4.size.width, height: Paper.a4.size.height)
        // Vary the filler so breaks fall at many different lines of the second paragraph.
        for filler in stride(from: 100, through: 700, by: 37) {
            let blocks: [Flowable] = [.spacer(1), .paragraph(markup: String(repeating: "word ", count: filler * 4)),
                                      .paragraph(markup: String(repeating: "Second paragraph text. ", count: 40))]
            let result = ReportPaginator(measurer: measurer, page: geometry).paginate(blocks)
            var fragments: [String: [Range<Int>]] = [:]
            for page in result.pages {
                for case let .textLines(text, _, _, lines) in page { fragments[text, default: []].append(lines) }
            }
            for (text, parts) in fragments where parts.count > 1 {
                let total = measurer.lines(text, style: ChartText.wrapped(ReportPaginator.paragraphStyle, geometry.textWidth)).count
                #expect(parts.first!.count > 1 || total == 1)
                #expect(parts.last!.count > 1 || total == 1, "widow with filler \(filler): \(parts) of \(total)")
            }
        }
    }
}

@Suite struct TallTableRowTests {
    @Test func aRowTallerThanAPageIsSplitWithoutLosingLines() throws {
        let measurer = try TextEngine.measuring()
        let geometry = PageGeometry(width: Paper.a4.size.width, height: Paper.a4.size.height)
        let long = String(repeating: "An unusually long quoted passage from the tribunal record. ", count: 160)
        let table = Table(header: ["Ref", "Quote"], rows: [["T1", "short"], ["T2", long], ["T3", "after"]], columnWeights: [1, 6])
        let result = ReportPaginator(measurer: measurer, page: geometry).paginate([.table(table)])
        #expect(result.pages.count >= 2)
        var covered: [Range<Int>] = []
        for page in result.pages {
            for case let .textLines(text, at, _, lines) in page where text == long {
                covered.append(lines)
                #expect(at.y >= geometry.textTop)
            }
            // Nothing drawn below the text frame.
            for case let .text(_, at, _) in page { #expect(at.y < geometry.textBottom) }
        }
        let widths = table.columnWidths(total: geometry.textWidth)
        let total = measurer.lines(long, style: ChartText.wrapped(ReportPaginator.cellStyle, widths[1] - 2 * ReportPaginator.cellPadX)).count
        #expect(covered.first?.lowerBound == 0)
        #expect(covered.last?.upperBound == total)
        for (a, b) in zip(covered, covered.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
    }
}
