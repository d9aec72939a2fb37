import AnnalsCore
import ArgumentParser

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print the events and casualty figures of a corpus with their sources.",
        discussion: "Example: annals summary seeds --format json"
    )

    @Argument(help: "The corpus folder (articles and sources.csv).")
    var corpus: String = "seeds"

    @Option(help: "Output format: table, csv, json or markdown.")
    var format: SummaryFormat = .table

    @Flag(help: "Treat unreadable or malformed files as errors instead of skipping them.")
    var strict = false

    func run() throws {
        try reportingFailures {
            let run = try Pipeline(strict: strict).run(corpus)
            for w in run.corpus.warnings { Diagnostics.warn("warning: \(w)") }
            print(Self.render(run.digest, format), terminator: "")
        }
    }

    static func render(_ digest: Digest, _ format: SummaryFormat) -> String {
        let tables = SummaryTables(digest: digest)
        switch format {
        case .table: return tables.text()
        case .markdown: return tables.markdown()
        case .csv: return tables.csv()
        case .json: return ((try? JSONOutput.string(SummaryJSON(digest))) ?? "{}") + "\n"
        }
    }
}
