import AnnalsCore
import AnnalsRender
import Foundation

/// Lays out a digest as a report document: overview, timeline, events, figures, event details
/// with the source sentences, sources and methodology. The tool's own words stay neutral; source
/// wording appears only inside quotation marks with its source.
public struct ReportBuilder {
    public var corpusName: String
    public var creationDate: Date?

    public init(corpusName: String, creationDate: Date? = nil) {
        self.corpusName = corpusName
        self.creationDate = creationDate
    }

    public func document(_ digest: Digest) -> ReportDocument {
        let citations = Citations(digest)
        var blocks: [Flowable] = []
        blocks.append(.heading(level: 1, text: "Annals report: \(corpusName)"))
        blocks.append(.paragraph(markup: overview(digest)))
        blocks.append(.heading(level: 2, text: "Timeline"))
        let timeline = TimelineMapping.chart(digest, title: "Events reported in \(corpusName)")
        blocks.append(.timeline(timeline, height: Self.timelineHeight(lanes: timeline.lanes.count)))
        blocks += eventsSection(digest, citations)
        blocks += figuresSection(digest, citations)
        blocks += detailsSection(digest, citations)
        blocks += sourcesSection(digest)
        blocks += methodologySection(digest)
        let metadata = ReportMetadata(title: "Annals report: \(corpusName)", author: "Annals (automated extraction)",
                                      subject: "Sourced timeline and casualty figures from \(digest.sources.count) articles",
                                      keywords: ["timeline", "casualties", "sources", corpusName], creationDate: creationDate)
        return ReportDocument(metadata: metadata, blocks: blocks, headerText: "Annals — \(corpusName)")
    }

    /// A figure tall enough for its lanes (about 55 pt each) under the title, legend and axis;
    /// the paginator caps it at the page's text height.
    static func timelineHeight(lanes: Int) -> Double {
        min(620, max(240, 130 + 55 * Double(lanes)))
    }

    func overview(_ digest: Digest) -> String {
        let dated = digest.events.filter { $0.date?.start.year != nil }.count
        let undated = digest.events.count - dated
        var text = "This report lists what \(digest.sources.count) source article\(digest.sources.count == 1 ? "" : "s") say about "
            + "\(digest.events.count) event\(digest.events.count == 1 ? "" : "s") (\(dated) with a known year, \(undated) without) and "
            + "\(digest.figures.count) casualty figure\(digest.figures.count == 1 ? "" : "s"). "
        text += "Every date and number names the sources that state it; bracketed numbers refer to the sources list. "
        text += "Where sources disagree, each value is shown with its sources. Annals extracts automatically and asserts nothing itself."
        return Markup.escape(text)
    }
}
