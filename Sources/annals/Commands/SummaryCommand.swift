import AnnalsCore
import ArgumentParser
import Foundation

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print the events and casualty figures of a corpus with their sources.",
        discussion: """
        The table is fitted to the terminal's width (long titles end in "…") and coloured only on a \
        terminal without NO_COLOR; csv, json and markdown are never fitted or coloured.

        Examples:
          annals summary seeds
          annals summary seeds --format json > summary.json
        """
    )

    @Argument(help: ArgumentHelp("The corpus folder (articles and sources.csv).", discussion: "Example: annals summary my-corpus"))
    var corpus: String = "seeds"

    @Option(help: ArgumentHelp("Output format: table, csv, json or markdown.", discussion: "Example: annals summary seeds --format csv"))
    var format: SummaryFormat = .table

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var consoleOptions: ConsoleOptions

    func run() throws {
        try reportingFailures {
            let run = try Pipeline(corpusOptions, consoleOptions).run(corpus)
            print(Self.render(run.digest, format), terminator: "")
        }
    }

    /// The summary in `format`. Only the table, and only on a terminal, is fitted and styled.
    static func render(_ digest: Digest, _ format: SummaryFormat) -> String {
        let tables = SummaryTables(digest: digest)
        switch format {
        case .table: return tables.text(width: Terminal.width(STDOUT_FILENO), style: Style.stdout)
        case .markdown: return tables.markdown()
        case .csv: return tables.csv()
        case .json: return ((try? JSONOutput.string(SummaryJSON(digest))) ?? "{}") + "\n"
        }
    }
}
