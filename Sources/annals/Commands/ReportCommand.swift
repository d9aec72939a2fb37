import AnnalsCore
import AnnalsRender
import AnnalsReport
import ArgumentParser
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the PDF and HTML report, the timeline and the casualty chart of a corpus, and print the summary.",
        discussion: """
        Writes DIR/report.pdf, DIR/report.html (one self-contained page), DIR/timeline.png and \
        DIR/casualties.png. Each file is written to a temporary file and renamed into place, so an \
        interrupted or failed run leaves the previous report as it was.

        Examples:
          annals report seeds --out reports
          annals report my-corpus --out site --format html --quiet
        """
    )

    @Argument(help: ArgumentHelp("The corpus folder (articles and sources.csv).", discussion: "Example: annals report my-corpus"))
    var corpus: String = "seeds"

    @Option(help: ArgumentHelp("The folder to write report.pdf, report.html, timeline.png and casualties.png into.",
                               discussion: "Example: annals report seeds --out reports"))
    var out: String = "reports"

    @Option(help: ArgumentHelp("Paper size of the PDF: a4 or letter.", discussion: "Example: annals report seeds --paper letter"))
    var paper: PaperOption = .a4

    @Option(help: ArgumentHelp("Which report to write: all (PDF, HTML and charts), pdf (PDF and charts) or html (the HTML page only).",
                               discussion: "Example: annals report seeds --format html"))
    var format: ReportFormat = .all

    @Option(help: ArgumentHelp("Also write each page of the PDF as page-N.png at this resolution (dots per inch, 18–1200).",
                               discussion: "Example: annals report seeds --dpi 150"))
    var dpi: Double?

    func validate() throws {
        if let dpi, !(18...1200).contains(dpi) { throw ValidationError("--dpi must be between 18 and 1200 (got \(dpi))") }
        if dpi != nil && format == .html { throw ValidationError("--dpi renders the PDF's pages; it cannot go with --format html") }
    }

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var consoleOptions: ConsoleOptions

    func run() throws {
        try reportingFailures {
            let console = consoleOptions.console
            let run = try Pipeline(corpusOptions, consoleOptions).run(corpus)
            let dir = URL(fileURLWithPath: out)
            try OutputFolder.prepare(dir)
            let name = URL(fileURLWithPath: corpus).standardizedFileURL.lastPathComponent
            let document = ReportBuilder(corpusName: name, creationDate: ReproducibleDate.now).document(run.digest)
            var written: [String] = []
            let steps = (format.pdf ? 3 : 0) + (format.html ? 1 : 0) + (dpi == nil ? 0 : 1)
            let meter = console.progress("rendering", total: steps, unit: "files")
            defer { meter.finish() }
            func output(_ file: String, _ body: (URL) throws -> Void) throws {
                let url = dir.appendingPathComponent(file)
                Interruption.registerOutput(url)
                do { try body(url) } catch let error as CLIError { throw error } catch {
                    // Name the output, not only the temporary file a renderer was writing.
                    throw CLIError("cannot write \(url.path) (nothing replaced): \(error)")
                }
                written.append(file)
                meter.advance()
                console.note("wrote \(url.path)")
            }
            if format.pdf {
                let charts = ChartRenderer()
                let timeline = TimelineMapping.chart(run.digest, title: "Events reported in \(name)")
                // Few lanes need less height; the width stays that of a full-page figure.
                let timelineHeight = min(1200, max(640, 360 + timeline.lanes.count * 170))
                try output("timeline.png") { try charts.render(timeline, to: $0, format: .png, width: 2400, height: timelineHeight, dpi: 192) }
                let casualties = CasualtyMapping.chart(run.digest, title: "Casualty figures by outcome and category")
                try output("casualties.png") {
                    try charts.render(casualties, to: $0, format: .png, width: 1600, height: min(4000, max(600, casualties.bars.count * 70 + 260)), dpi: 192)
                }
                try output("report.pdf") {
                    let pages = try ReportRenderer(paper: paper.paper).render(document, to: $0)
                    console.note("report.pdf: \(pages) page\(pages == 1 ? "" : "s")")
                }
                if let dpi {
                    let pages = try ReportRenderer(paper: paper.paper).renderPages(document, toPNGDirectory: dir, prefix: "page", dpi: dpi)
                    written += pages.map(\.lastPathComponent)
                    meter.advance()
                }
            }
            if format.html {
                try output("report.html") { try HTMLReport.write(document, to: $0) }
            }
            meter.finish()
            print(SummaryCommand.render(run.digest, .table), terminator: "")
            print("\nWrote " + written.map { dir.appendingPathComponent($0).path }.joined(separator: ", "))
        }
    }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case all, pdf, html
    var pdf: Bool { self != .html }
    var html: Bool { self != .pdf }
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

/// The HTML page: charts drawn into a scratch folder that is removed afterwards (and on interruption).
enum HTMLReport {
    static func write(_ document: ReportDocument, to url: URL) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("annals-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        Interruption.registerScratch(scratch)
        defer {
            try? FileManager.default.removeItem(at: scratch)
            Interruption.unregisterScratch(scratch)
        }
        let html = try HTMLReportRenderer().html(document, scratch: scratch)
        try OutputFile.write(Data(html.utf8), to: url)
    }
}

/// The output folder: made when missing, with an error that says what is in the way.
enum OutputFolder {
    static func prepare(_ dir: URL) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: dir.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw CLIError("cannot write into \(dir.path): it is a file, not a folder; give --out a folder") }
        } else {
            do { try fm.createDirectory(at: dir, withIntermediateDirectories: true) } catch {
                throw CLIError("cannot create the output folder \(dir.path): \(reason(error)); choose another --out")
            }
        }
        guard access(dir.path, W_OK) == 0 else {
            throw CLIError("cannot write into \(dir.path): \(String(cString: strerror(errno))); choose another --out or fix its permissions")
        }
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}
