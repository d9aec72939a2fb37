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

        With --mentions, the documents come from JSON Lines shards written by `annals extract \
        --format jsonl` (on one machine or as the map step of another engine) instead of a corpus \
        folder; they are put back in file-name order and aggregated exactly as a corpus folder's \
        documents are. A corpus folder's corrections.yaml is not applied to shards.

        Examples:
          annals summary seeds
          annals summary seeds --format json > summary.json
          annals summary --mentions shards/part-00000 shards/part-00001
        """
    )

    @Argument(help: ArgumentHelp("The corpus folder (articles and sources.csv); seeds when neither it nor --mentions is given.",
                                 discussion: "Example: annals summary my-corpus"))
    var corpus: String?

    @Option(parsing: .upToNextOption,
            help: ArgumentHelp("JSON Lines files written by annals extract --format jsonl, aggregated instead of a corpus folder.",
                               discussion: "Example: annals summary --mentions part-00000 part-00001"))
    var mentions: [String] = []

    @Option(help: ArgumentHelp("Output format: table, csv, json or markdown.", discussion: "Example: annals summary seeds --format csv"))
    var format: SummaryFormat = .table

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var consoleOptions: ConsoleOptions

    func run() throws {
        try reportingFailures {
            let pipeline = Pipeline(corpusOptions, consoleOptions)
            if mentions.isEmpty {
                let run = try pipeline.run(corpus ?? "seeds")
                print(Self.render(run.digest, format), terminator: "")
                return
            }
            if let corpus { throw CLIError("give a corpus folder ('\(corpus)') or --mentions files, not both") }
            print(Self.render(try Self.aggregate(shards: mentions, pipeline), format), terminator: "")
        }
    }

    /// The digest of the documents in the shard files at `paths`.
    static func aggregate(shards paths: [String], _ pipeline: Pipeline) throws -> Digest {
        let shards = try ExtractedDocumentReader().read(paths.map { URL(fileURLWithPath: $0) })
        pipeline.console.note("read \(shards.documents.count) document\(shards.documents.count == 1 ? "" : "s") from \(paths.count) shard\(paths.count == 1 ? "" : "s")")
        if shards.documents.isEmpty {
            let message = "the --mentions files hold no documents; write them with `annals extract --format jsonl`"
            if pipeline.strict { throw CLIError(message) }
            pipeline.console.warn(message)
        }
        if shards.rules.count > 1 {
            let message = "the shards were extracted under \(shards.rules.count) different rule sets (their \"rules\" differ); extract them again with one version of annals for figures that agree"
            if pipeline.strict { throw CLIError(message) }
            pipeline.console.warn(message)
        }
        return pipeline.aggregate(shards.documents)
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
