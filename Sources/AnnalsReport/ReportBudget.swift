/// How much of a digest a report document prints.
///
/// Why: the HTML report is the complete record (every event, figure, quoted sentence and source);
/// a PDF is read page by page, and nobody reads 14 000 pages. A PDF built with a budget keeps the
/// whole overview (timeline, charts) and prints the tables and the event details up to these limits;
/// every cut is stated in the document with counts and with where the complete record is. A corpus
/// that fits the budget (the usual case: tens of events) gets the complete document, unchanged.
///
/// Each limit is nil for "no limit". Limits count things, never pages, so the same digest always
/// gives the same document whatever the paper size.
public struct ReportBudget: Sendable, Equatable {
    /// Events whose details (facts and quoted source sentences) are printed; the rest are counted.
    public var detailEvents: Int?
    /// Rows of each long table (events, casualty figures, removed boilerplate).
    public var tableRows: Int?
    /// Source sentences quoted for one event in its details.
    public var quotesPerEvent: Int?
    /// Citation markers in one table cell or fact line; more are counted ("+12 more").
    public var markersPerCitation: Int?
    /// Values listed for one figure whose sources disagree (those stated by the most sources first).
    public var valuesPerFigure: Int?

    public init(detailEvents: Int? = nil, tableRows: Int? = nil, quotesPerEvent: Int? = nil, markersPerCitation: Int? = nil,
                valuesPerFigure: Int? = nil) {
        self.detailEvents = detailEvents.map { max(0, $0) }
        self.tableRows = tableRows.map { max(1, $0) }
        self.quotesPerEvent = quotesPerEvent.map { max(1, $0) }
        self.markersPerCitation = markersPerCitation.map { max(1, $0) }
        self.valuesPerFigure = valuesPerFigure.map { max(1, $0) }
    }

    /// No limits: the complete record (the HTML report).
    public static let complete = ReportBudget()

    /// The default number of events a PDF details: a few dozen pages of quoted sentences.
    public static let defaultDetailEvents = 25
    /// Rows of a long table in the PDF: about six pages a table.
    public static let defaultTableRows = 200
    /// Sentences quoted per detailed event in the PDF: an event of many sources still fits a few pages.
    public static let defaultQuotesPerEvent = 20
    /// Citation markers per cell in the PDF: one or two lines of a table cell.
    public static let defaultMarkersPerCitation = 6
    /// Values per disputed figure in the PDF.
    public static let defaultValuesPerFigure = 4

    /// The PDF's budget: `detailEvents` events detailed (`annals report --detail-limit`), the other
    /// limits at their defaults.
    public static func pdf(detailEvents: Int = defaultDetailEvents) -> ReportBudget {
        ReportBudget(detailEvents: detailEvents, tableRows: defaultTableRows, quotesPerEvent: defaultQuotesPerEvent,
                     markersPerCitation: defaultMarkersPerCitation, valuesPerFigure: defaultValuesPerFigure)
    }
}
