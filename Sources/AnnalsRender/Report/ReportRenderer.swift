import CAnnalsCairo
import Foundation

/// Writes a `ReportDocument` as a multi-page PDF.
///
/// The body is paginated first (so the total is known), then each page is drawn with the running
/// header, the body, and the footer "page X of Y"; headings become PDF outline entries and the
/// metadata goes into the document information.
///
/// Links: markup may carry `<a href="#name">`, `<a href="https://…">` and `<a name="name">` (see
/// `LinkedMarkup`); they become link annotations and named destinations. Cairo 1.16.0 (Debian 12)
/// writes a damaged xref table once a page carries a link, so the file Cairo writes is rewritten
/// through libqpdf (`PDFRewriter`) before it replaces the destination.
public struct ReportRenderer: Sendable {
    public var paper: Paper

    public init(paper: Paper = .a4) {
        self.paper = paper
    }

    static let runningHeaderStyle = TextStyle(font: FontSpec(size: 8), color: .mutedText)
    static let footerStyle = TextStyle(font: FontSpec(size: 8), color: .mutedText)

    /// Writes the PDF atomically to `url` and returns its page count.
    @discardableResult
    public func render(_ report: ReportDocument, to url: URL) throws -> Int {
        let geometry = PageGeometry(width: paper.size.width, height: paper.size.height)
        var pageCount = 0
        try AtomicOutput.write(to: url) { path in
            let cairoPath = path + ".cairo"
            defer { try? FileManager.default.removeItem(atPath: cairoPath) }
            let surface = try CairoSurface.pdf(path: cairoPath, width: geometry.width, height: geometry.height)
            Self.setMetadata(report.metadata, on: surface)
            let cairo = try CairoContext(surface: surface)
            let text = try TextEngine(cairo: cairo)
            let paginated = ReportPaginator(measurer: text, page: geometry).paginate(report.blocks)
            text.linkEmitter = PDFLinkEmitter(knownDestinations: Self.destinations(in: paginated, text))
            let painter = ScenePainter(cairo: cairo, text: text)
            var outlineParents: [(level: Int, id: Int32)] = []
            for index in paginated.pages.indices {
                painter.paint(pageScene(index, paginated, header: report.headerText, geometry: geometry, measurer: text))
                for entry in paginated.outline where entry.page == index {
                    while let last = outlineParents.last, last.level >= entry.level { outlineParents.removeLast() }
                    let parent = outlineParents.last?.id ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
                    let link = String(format: "page=%d pos=[%.1f %.1f]", index + 1, geometry.marginLeft, max(0, entry.y - 4))
                    let flags = entry.level <= 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0)
                    let id = cairo_pdf_surface_add_outline(surface.pointer, parent, entry.title, link, flags)
                    outlineParents.append((entry.level, Int32(id)))
                }
                cairo_show_page(cairo.pointer)
                try cairo.check("draw page \(index + 1) of the report")
            }
            try surface.finish()
            try PDFRewriter.rewrite(cairoPath, to: path)
            pageCount = paginated.pages.count
        }
        return pageCount
    }

    /// Renders every page as a PNG file `<prefix>-1.png`, `<prefix>-2.png`, … in `directory` at
    /// `dpi` pixels per inch (72 = one pixel a point), each written atomically, and returns the
    /// files in page order. Pages are laid out exactly as in the PDF (same measurer settings).
    @discardableResult
    public func renderPages(_ report: ReportDocument, toPNGDirectory directory: URL, prefix: String = "page", dpi: Double = 144) throws -> [URL] {
        guard dpi.isFinite, dpi >= 18, dpi <= 1200 else {
            throw RenderError.invalidSize(width: paper.size.width, height: paper.size.height, detail: "dpi \(dpi) is outside 18…1200")
        }
        let geometry = PageGeometry(width: paper.size.width, height: paper.size.height)
        let measurer = try TextEngine.measuring()
        let paginated = ReportPaginator(measurer: measurer, page: geometry).paginate(report.blocks)
        let scale = dpi / 72
        let pixelWidth = Int((geometry.width * scale).rounded()), pixelHeight = Int((geometry.height * scale).rounded())
        var files: [URL] = []
        for index in paginated.pages.indices {
            let url = directory.appendingPathComponent("\(prefix)-\(index + 1).png")
            try AtomicOutput.write(to: url) { path in
                let surface = try CairoSurface.image(width: pixelWidth, height: pixelHeight)
                let cairo = try CairoContext(surface: surface)
                cairo_scale(cairo.pointer, scale, scale)
                let text = try TextEngine(cairo: cairo)
                var scene = pageScene(index, paginated, header: report.headerText, geometry: geometry, measurer: text)
                scene.background = .white
                ScenePainter(cairo: cairo, text: text).paint(scene)
                try cairo.check("draw page \(index + 1) of the report")
                try surface.writePNG(to: path)
            }
            files.append(url)
        }
        return files
    }

    /// Page `index`: running header, footer and the body's marks.
    private func pageScene(_ index: Int, _ paginated: PaginatedReport, header: String, geometry: PageGeometry, measurer: TextMeasuring) -> Scene {
        var scene = Scene(size: Size(width: geometry.width, height: geometry.height))
        scene.marks = chrome(page: index + 1, of: paginated.pages.count, header: header, geometry: geometry, measurer: measurer)
        scene.marks.append(contentsOf: paginated.pages[index])
        return scene
    }

    /// Every `<a name>` anchor in the marked-up text of the pages: the only link targets emitted.
    static func destinations(in paginated: PaginatedReport, _ engine: TextEngine) -> Set<String> {
        var names = Set<String>()
        func visit(_ marks: [Mark]) {
            for mark in marks {
                switch mark {
                case let .text(string, _, style), let .textLines(string, _, style, _):
                    if style.markup, LinkedMarkup.mayContainLinks(string) {
                        for anchor in engine.linkedMarkup(string).anchors { names.insert(anchor.name) }
                    }
                case let .group(scene, _):
                    visit(scene.marks)
                default:
                    break
                }
            }
        }
        for page in paginated.pages { visit(page) }
        return names
    }

    /// Running header (text and rule) and the "page X of Y" footer.
    private func chrome(page: Int, of total: Int, header: String, geometry: PageGeometry, measurer: TextMeasuring) -> [Mark] {
        var marks: [Mark] = []
        let headerY = geometry.marginTop - 30
        if !header.isEmpty {
            var style = Self.runningHeaderStyle
            style.wrapWidth = geometry.textWidth
            style.ellipsize = true
            marks.append(.text(header, at: Point(x: geometry.marginLeft, y: headerY), style: style))
            let h = measurer.measure(header, style: style).height
            marks.append(.line(Point(x: geometry.marginLeft, y: headerY + h + 3), Point(x: geometry.width - geometry.marginRight, y: headerY + h + 3),
                               Stroke(color: .rule, width: 0.5)))
        }
        let footer = "page \(page) of \(total)"
        let w = measurer.measure(footer, style: Self.footerStyle).width
        marks.append(.text(footer, at: Point(x: (geometry.width - w) / 2, y: geometry.height - geometry.marginBottom + 24), style: Self.footerStyle))
        return marks
    }

    private static func setMetadata(_ metadata: ReportMetadata, on surface: CairoSurface) {
        let p = surface.pointer
        if !metadata.title.isEmpty { cairo_pdf_surface_set_metadata(p, CAIRO_PDF_METADATA_TITLE, metadata.title) }
        if !metadata.author.isEmpty { cairo_pdf_surface_set_metadata(p, CAIRO_PDF_METADATA_AUTHOR, metadata.author) }
        if !metadata.subject.isEmpty { cairo_pdf_surface_set_metadata(p, CAIRO_PDF_METADATA_SUBJECT, metadata.subject) }
        if !metadata.keywords.isEmpty { cairo_pdf_surface_set_metadata(p, CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords.joined(separator: ", ")) }
        cairo_pdf_surface_set_metadata(p, CAIRO_PDF_METADATA_CREATOR, "Annals")
        if let date = metadata.creationDate {
            let iso = isoDate(date)
            cairo_pdf_surface_set_metadata(p, CAIRO_PDF_METADATA_CREATE_DATE, iso)
            cairo_pdf_surface_set_metadata(p, CAIRO_PDF_METADATA_MOD_DATE, iso)
        }
    }

    /// "YYYY-MM-DDThh:mm:ssZ" in UTC, as Cairo's metadata expects.
    static func isoDate(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year ?? 1970, c.month ?? 1, c.day ?? 1, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }
}
