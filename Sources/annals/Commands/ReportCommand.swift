import AnnalsCore
import AnnalsRender
import AnnalsReport
import ArgumentParser
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the PDF report, the timeline and the casualty chart of a corpus, and print the summary.",
        discussion: "Example: annals report seeds --out reports"
    )

    @Argument(help: "The corpus folder (articles and sources.csv).")
    var corpus: String = "seeds"

    @Option(help: "The folder to write report.pdf, timeline.png and casualties.png into.")
    var out: String = "reports"

    @Option(help: "Paper size of the PDF: a4 or letter.")
    var paper: PaperOption = .a4

    @Flag(help: "Treat unreadable or malformed files as errors instead of skipping them.")
    var strict = false

    func run() throws {
        try reportingFailures {
            let run = try Pipeline(strict: strict).run(corpus)
            for w in run.corpus.warnings { Diagnostics.warn("warning: \(w)") }
            let dir = URL(fileURLWithPath: out)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let name = URL(fileURLWithPath: corpus).standardizedFileURL.lastPathComponent
            let charts = ChartRenderer()
            let timeline = TimelineMapping.chart(run.digest, title: "Events reported in \(name)")
            // Few lanes need less height; the width stays that of a full-page figure.
            let timelineHeight = min(1200, max(640, 360 + timeline.lanes.count * 170))
            try charts.render(timeline, to: dir.appendingPathComponent("timeline.png"), format: .png, width: 2400, height: timelineHeight, dpi: 192)
            let casualties = CasualtyMapping.chart(run.digest, title: "Casualty figures by outcome and category")
            try charts.render(casualties, to: dir.appendingPathComponent("casualties.png"), format: .png,
                              width: 1600, height: max(600, casualties.bars.count * 70 + 260), dpi: 192)
            let document = ReportBuilder(corpusName: name, creationDate: ReproducibleDate.now).document(run.digest)
            try ReportRenderer(paper: paper.paper).render(document, to: dir.appendingPathComponent("report.pdf"))
            print(SummaryCommand.render(run.digest, .table), terminator: "")
            print("\nWrote \(dir.appendingPathComponent("report.pdf").path), timeline.png and casualties.png")
        }
    }
}

enum PaperOption: String, ExpressibleByArgument, CaseIterable {
    case a4, letter
    var paper: Paper { self == .a4 ? .a4 : .letter }
}

/// The report's creation date: SOURCE_DATE_EPOCH when set, so the same input gives the same bytes.
enum ReproducibleDate {
    static var now: Date {
        if let s = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let t = TimeInterval(s) { return Date(timeIntervalSince1970: t) }
        return Date()
    }
}
