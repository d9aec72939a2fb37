import CAnnalsCairo
import Foundation

/// Writes a `ReportDocument` as a multi-page PDF.
///
/// The body is paginated first (so the total is known), then each page is drawn with the running
/// header, the body, and the footer "page X of Y"; headings become PDF outline entries and the
/// metadata goes into the document information.
///
/// Hyperlinks are deliberately not emitted: Cairo 1.16.0 (Debian 12) writes a damaged xref table
/// once a page carries a `CAIRO_TAG_LINK` tag (`qpdf --check`: "object 3 0 not found"). Adding them
/// needs either a newer Cairo or a repair pass (e.g. libqpdf's qpdf_read → qpdf_write) after writing.
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
            let surface = try CairoSurface.pdf(path: path, width: geometry.width, height: geometry.height)
            Self.setMetadata(report.metadata, on: surface)
            let cairo = try CairoContext(surface: surface)
            let text = try TextEngine(cairo: cairo)
            let paginated = ReportPaginator(measurer: text, page: geometry).paginate(report.blocks)
            let painter = ScenePainter(cairo: cairo, text: text)
            var outlineParents: [(level: Int, id: Int32)] = []
            for (index, body) in paginated.pages.enumerated() {
                var scene = Scene(size: Size(width: geometry.width, height: geometry.height))
                scene.marks = chrome(page: index + 1, of: paginated.pages.count, header: report.headerText, geometry: geometry, measurer: text)
                scene.marks.append(contentsOf: body)
                painter.paint(scene)
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
            pageCount = paginated.pages.count
        }
        return pageCount
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
