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
        DIR/casualties.png, on all cores at once. Each file is written to a temporary file and renamed \
        into place, so an interrupted or failed run leaves the previous report as it was.

        report.html is the complete record: every event, figure, quoted source sentence and source. \
        The PDF is complete too while the corpus fits its budget (at most --detail-limit events, \
        \(ReportBudget.defaultTableRows) rows a table, \(ReportBudget.defaultQuotesPerEvent) quoted sentences \
        and \(ReportBudget.defaultMarkersPerCitation) citation markers per event or cell). Beyond it the PDF \
        is abridged: it keeps the timeline, the charts and the tables up to the budget, details the events \
        reported by the most sources, lists the sources it cites, and says at the top and in each section \
        what it leaves out, with counts, and that report.html holds it.

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

    @Option(help: ArgumentHelp("Events whose details and quoted source sentences the PDF prints (the events reported by the most sources), or 'all' for a complete PDF however long. report.html always holds every event.",
                               discussion: "Example: annals report big-corpus --detail-limit 50"))
    var detailLimit: DetailLimit = .events(ReportBudget.defaultDetailEvents)

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
            let builder = ReportBuilder(corpusName: name, creationDate: ReproducibleDate.now)
            let steps = (format.pdf ? 3 : 0) + (format.html ? 1 : 0)
            let meter = console.progress("rendering", total: steps, unit: "files")
            defer { meter.finish() }
            // The summary printed at the end is made while the files render: a large corpus has
            // tens of thousands of rows.
            let digest = run.digest
            let summary = Pending { SummaryCommand.render(digest, .table) }
            var jobs: [RenderJob] = []
            if format.pdf {
                // The charts are mapped inside their jobs, beside the other outputs: mapping tens of
                // thousands of events and figures is a noticeable part of a second.
                jobs.append(RenderJob(file: "timeline.png") { url in
                    let timeline = TimelineMapping.chart(digest, title: "Events reported in \(name)")
                    // Few lanes need less height; the width stays that of a full-page figure.
                    let timelineHeight = min(1200, max(640, 360 + timeline.lanes.count * 170))
                    try ChartRenderer().render(timeline, to: url, format: .png, width: 2400, height: timelineHeight, dpi: 192)
                    return .init()
                })
                jobs.append(RenderJob(file: "casualties.png") { url in
                    let casualties = CasualtyMapping.chart(digest, title: "Casualty figures by outcome and category")
                    try ChartRenderer().render(casualties, to: url, format: .png, width: 1600,
                                               height: min(4000, max(600, casualties.bars.count * 70 + 260)), dpi: 192)
                    return .init()
                })
                var pdfBuilder = builder
                pdfBuilder.budget = detailLimit.budget
                pdfBuilder.completeRecord = format.html ? "report.html in the same folder" : "report.html (`annals report \(corpus) --format html` writes it)"
                let paper = paper.paper, dpi = dpi
                // Laid out inside the job, beside the HTML page's layout, not before both.
                jobs.append(RenderJob(file: "report.pdf", cost: 2) { [pdfBuilder] url in
                    let (document, abridgement) = pdfBuilder.report(digest)
                    let pages = try ReportRenderer(paper: paper).render(document, to: url)
                    var result = RenderJob.Result(notes: ["report.pdf: \(pages) page\(pages == 1 ? "" : "s")"])
                    result.leadingNote = "report.pdf: " + abridgement.summary
                    if let dpi {
                        let files = try ReportRenderer(paper: paper).renderPages(document, toPNGDirectory: url.deletingLastPathComponent(), prefix: "page", dpi: dpi)
                        result.alsoWritten = files.map(\.lastPathComponent)
                    }
                    return result
                })
            }
            if format.html {
                // The complete record, whatever the PDF's budget.
                jobs.append(RenderJob(file: "report.html", cost: 3) { url in
                    try HTMLReport.write(builder.document(digest), to: url)
                    return .init()
                })
            }
            for job in jobs { Interruption.registerOutput(dir.appendingPathComponent(job.file)) }
            // Independent outputs, each with its own Cairo surface and Pango context, rendered on all
            // cores; the results are reported in the usual order.
            let outcomes = RenderJob.runConcurrently(jobs, in: dir) { meter.advance() }
            for case .success(let result) in outcomes { if let note = result.leadingNote { console.note(note) } }
            var written: [String] = []
            for (job, outcome) in zip(jobs, outcomes) {
                let url = dir.appendingPathComponent(job.file)
                switch outcome {
                case .success(let result):
                    written.append(job.file)
                    written += result.alsoWritten
                    console.note("wrote \(url.path)")
                    result.notes.forEach(console.note)
                case .failure(let error as CLIError):
                    throw error
                case .failure(let error):
                    // Name the output, not only the temporary file a renderer was writing.
                    throw CLIError("cannot write \(url.path) (nothing replaced): \(error)")
                }
            }
            meter.finish()
            print(summary.value, terminator: "")
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

/// One output file of the report and how to render it.
struct RenderJob: Sendable {
    struct Result: Sendable {
        /// Said before the files written are listed (what an abridged PDF leaves out).
        var leadingNote: String?
        var notes: [String] = []
        /// Files written beside `file` (page images).
        var alsoWritten: [String] = []
    }

    var file: String
    /// Rough relative cost: costlier jobs start first, so the cheap ones fill the other core.
    var cost: Int
    var render: @Sendable (URL) throws -> Result

    init(file: String, cost: Int = 1, render: @escaping @Sendable (URL) throws -> Result) {
        self.file = file
        self.cost = cost
        self.render = render
    }

    /// Runs every job, as many at once as there are cores, and returns their outcomes in job order;
    /// `finished` is called (from any thread) as each job ends.
    static func runConcurrently(_ jobs: [RenderJob], in dir: URL, finished: @Sendable () -> Void) -> [Swift.Result<Result, Error>] {
        let outcomes = Outcomes(count: jobs.count)
        let order = jobs.indices.sorted { (jobs[$0].cost, $1) > (jobs[$1].cost, $0) }
        DispatchQueue.concurrentPerform(iterations: jobs.count) { k in
            let i = order[k]
            let outcome = Swift.Result { try jobs[i].render(dir.appendingPathComponent(jobs[i].file)) }
            outcomes.set(i, outcome)
            finished()
        }
        return outcomes.values
    }

    /// The outcomes, written from several threads under a lock.
    private final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Swift.Result<Result, Error>?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ i: Int, _ outcome: Swift.Result<Result, Error>) {
            lock.lock(); defer { lock.unlock() }
            slots[i] = outcome
        }

        var values: [Swift.Result<Result, Error>] {
            lock.lock(); defer { lock.unlock() }
            return slots.map { $0 ?? .failure(CLIError("an output was not rendered")) }
        }
    }
}

/// `--detail-limit`: a number of events, or all of them.
enum DetailLimit: ExpressibleByArgument, Sendable {
    case events(Int)
    case all

    init?(argument: String) {
        if argument.lowercased() == "all" { self = .all; return }
        guard let n = Int(argument), n >= 0 else { return nil }
        self = .events(n)
    }

    var defaultValueDescription: String {
        switch self {
        case .events(let n): return String(n)
        case .all: return "all"
        }
    }

    /// The PDF's budget: the default limits with this many events detailed; none with `all`.
    var budget: ReportBudget {
        switch self {
        case .events(let n): return .pdf(detailEvents: n)
        case .all: return .complete
        }
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
        // Streamed: the page is never held in memory whole.
        var started = false
        try StreamedOutput.write(to: url) { emit in
            try HTMLReportRenderer().write(document, scratch: scratch) { text in
                try emit(text)
                // The temporary file exists and holds part of the page: where the tests interrupt.
                if !started { started = true; TestHook.pauseIfAsked(writing: url) }
            }
        }
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

/// A value computed on another thread, started at once; `value` waits for it.
final class Pending<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.result = make()
            self.done.signal()
        }
    }

    /// Waits for the value (the semaphore is signalled again, so a later read does not block).
    var value: Value {
        done.wait()
        defer { done.signal() }
        return result!
    }
}
