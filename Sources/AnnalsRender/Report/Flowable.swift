import Foundation

/// One block of a report, laid out top to bottom and split across pages where allowed.
public indirect enum Flowable: Sendable {
    /// Levels 1–3 (deeper levels use level 3 type); kept with what follows, never last on a page; plain text.
    case heading(level: Int, text: String)
    /// Pango markup (the caller escapes text); wraps, splits across pages line by line.
    case paragraph(markup: String)
    /// A figure as wide as the text, `height` points tall (capped at the page's text height); vector in the PDF.
    case timeline(TimelineChart, height: Double)
    case casualties(CasualtyChart, height: Double)
    /// A unit chart (one mark a person); above its 5,000 limit the figure is a note saying so.
    case units(UnitChart, height: Double)
    /// Splits across pages between rows and repeats its header row on each page.
    case table(Table)
    /// Vertical space in points (dropped at the top of a page).
    case spacer(Double)
    /// Starts a new page (ignored when the current page is still empty).
    case pageBreak
}

/// A table of Pango-markup cells; columns take `columnWeights` shares of the text width.
public struct Table: Sendable {
    public var header: [String]
    /// Pango markup cells, one array per row; short rows are padded with empty cells.
    public var rows: [[String]]
    /// Relative column widths; empty or mismatched → equal widths.
    public var columnWeights: [Double]

    public init(header: [String], rows: [[String]], columnWeights: [Double] = []) {
        self.header = header
        self.rows = rows
        self.columnWeights = columnWeights
    }

    var columnCount: Int { max(header.count, rows.map(\.count).max() ?? 0) }

    /// Column widths summing to `total`.
    func columnWidths(total: Double) -> [Double] {
        let n = max(1, columnCount)
        let weights = columnWeights.count == n && columnWeights.allSatisfy({ $0 > 0 }) ? columnWeights : Array(repeating: 1, count: n)
        let sum = weights.reduce(0, +)
        return weights.map { total * $0 / sum }
    }
}

/// Page sizes in points.
public enum Paper: String, Sendable, CaseIterable {
    case a4, letter

    public var size: (width: Double, height: Double) {
        switch self {
        case .a4: return (595.276, 841.89)
        case .letter: return (612, 792)
        }
    }
}

/// PDF document information.
public struct ReportMetadata: Sendable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: [String]
    /// Written as the PDF CreationDate. Pass a fixed date (e.g. from SOURCE_DATE_EPOCH) for
    /// reproducible files; nil lets Cairo write the current time.
    public var creationDate: Date?

    public init(title: String, author: String = "", subject: String = "", keywords: [String] = [], creationDate: Date? = nil) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creationDate = creationDate
    }
}

/// A report: metadata, blocks and the running header text.
public struct ReportDocument: Sendable {
    public var metadata: ReportMetadata
    public var blocks: [Flowable]
    /// Shown at the top of every page.
    public var headerText: String

    public init(metadata: ReportMetadata, blocks: [Flowable], headerText: String = "") {
        self.metadata = metadata
        self.blocks = blocks
        self.headerText = headerText
    }
}
