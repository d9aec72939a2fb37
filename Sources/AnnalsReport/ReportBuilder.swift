import AnnalsCore
import AnnalsRender
import Foundation

/// Lays out a digest as a report document: overview, timeline, events, figures, event details
/// with the source sentences, sources and methodology. The tool's own words stay neutral; source
/// wording appears only inside quotation marks with its source.
///
/// With a `budget` (the PDF's), long tables and the event details are cut to it and every cut is
/// stated with counts and with `completeRecord`, where everything is; without one (the HTML's)
/// the document is the complete record.
public struct ReportBuilder: Sendable {
    public var corpusName: String
    public var creationDate: Date?
    public var budget: ReportBudget
    /// Where the complete record is, named wherever the document leaves something out
    /// (e.g. "report.html in the same folder").
    public var completeRecord: String

    public init(corpusName: String, creationDate: Date? = nil, budget: ReportBudget = .complete,
                completeRecord: String = "report.html in the same folder") {
        self.corpusName = corpusName
        self.creationDate = creationDate
        self.budget = budget
        self.completeRecord = completeRecord
    }

    public func document(_ digest: Digest) -> ReportDocument { report(digest).document }

    /// The document and what it left out of the digest (nothing with the complete budget).
    public func report(_ digest: Digest) -> (document: ReportDocument, abridgement: Abridgement) {
        let index = DigestIndex(digest)
        let context = ReportContext(digest: digest, index: index, citations: Citations(digest, limit: budget.markersPerCitation),
                                    selection: ReportSelection(digest, budget: budget, index: index), completeRecord: completeRecord)
        // The timeline and the three tables read the digest only: laid out at once, each section
        // counting what it leaves out in an abridgement of its own. The sections set disjoint
        // counts, so adding the four abridgements gives what filling one in turn gives.
        let title = "Events reported in \(corpusName)"
        let sections: [@Sendable () -> ([Flowable], Abridgement)] = [
            {
                let timeline = TimelineMapping.chart(digest, title: title)
                return ([.heading(level: 2, text: "Timeline"), .timeline(timeline, height: Self.timelineHeight(lanes: timeline.lanes.count))], Abridgement())
            },
            { [self] in var a = Abridgement(); return (eventsSection(context, &a), a) },
            { [self] in var a = Abridgement(); return (figuresSection(context, &a), a) },
            { [self] in var a = Abridgement(); return (detailsSection(context, &a), a) },
        ]
        var abridgement = Abridgement()
        var body: [Flowable] = []
        for (blocks, counted) in ConcurrentMap.all(sections) {
            body += blocks
            abridgement = abridgement.adding(counted)
        }
        // The sources list covers every source the sections above cite (all of them when complete).
        let cited = CitedSources.numbers(in: body)
        body += sourcesSection(context, cited: cited, &abridgement)
        let listed = abridgement.listedSources < abridgement.sources ? cited : nil
        body += methodologySection(context, listed: listed, &abridgement)
        var blocks: [Flowable] = [.heading(level: 1, text: "Annals report: \(corpusName)"), .paragraph(markup: overview(digest))]
        if !abridgement.isComplete { blocks.append(.paragraph(markup: abridgementNote(abridgement))) }
        blocks += body
        let metadata = ReportMetadata(title: "Annals report: \(corpusName)", author: "Annals (automated extraction)",
                                      subject: "Sourced timeline and casualty figures from \(digest.sources.count) articles",
                                      keywords: ["timeline", "casualties", "sources", corpusName], creationDate: creationDate)
        return (ReportDocument(metadata: metadata, blocks: blocks, headerText: "Annals — \(corpusName)"), abridgement)
    }

    /// The statement at the top of an abridged document: what it holds, what it leaves out, where the rest is.
    func abridgementNote(_ a: Abridgement) -> String {
        var kept: [String] = []
        if a.detailedEvents < a.events {
            kept.append("the details and source sentences of the \(FigureText.number(a.detailedEvents)) events reported by the most sources "
                        + "(of \(FigureText.number(a.events)) events; ties go to the larger casualty figure)")
        }
        if a.quotedSentences < a.quotedSentencesTotal {
            kept.append("\(FigureText.number(a.quotedSentences)) of the \(FigureText.number(a.quotedSentencesTotal)) source sentences that mention an event")
        }
        if a.eventRows < a.events { kept.append("\(FigureText.number(a.eventRows)) of \(FigureText.number(a.events)) rows of the events table") }
        if a.figureRows < a.figureRowsTotal {
            kept.append("\(FigureText.number(a.figureRows)) of \(FigureText.number(a.figureRowsTotal)) rows of the casualty figures table")
        }
        if a.listedSources < a.sources {
            kept.append("the \(FigureText.number(a.listedSources)) of \(FigureText.number(a.sources)) sources it cites in the sources list")
        }
        if a.listedRemovedPassages < a.removedPassages {
            kept.append("\(FigureText.number(a.listedRemovedPassages)) of \(FigureText.number(a.removedPassages)) passages removed as boilerplate")
        }
        let text = "This PDF is abridged to stay readable. It shows the whole timeline and the casualty charts, and of the rest: "
            + kept.joined(separator: "; ") + ". Each section says what it leaves out. Nothing is left out of the complete record: "
            + "every event, figure, source sentence and source is in \(completeRecord)."
        return "<b>" + Markup.escape("Abridged.") + "</b> " + Markup.escape(text)
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
