import AnnalsCore
import ArgumentParser

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the merged events, one row or object per event, with their dates, places and sources.",
        discussion: """
        Examples:
          annals export seeds --format csv > events.csv
          annals export seeds --format json
        """
    )

    @Argument(help: ArgumentHelp("The corpus folder (articles and sources.csv).", discussion: "Example: annals export my-corpus"))
    var corpus: String = "seeds"

    @Option(help: ArgumentHelp("Output format: csv or json.", discussion: "Example: annals export seeds --format json"))
    var format: ExtractFormat = .csv

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var consoleOptions: ConsoleOptions

    func run() throws {
        try reportingFailures {
            let run = try Pipeline(corpusOptions, consoleOptions).run(corpus)
            switch format {
            case .json: print(try JSONOutput.string(SummaryJSON(run.digest).events))
            case .csv: print(Self.csv(run.digest), terminator: "")
            }
        }
    }

    /// One row per event; undated events have empty dates and certainty `unknown`.
    static func csv(_ digest: Digest) -> String {
        var lines = ["event_id,event_date,end_date,date_precision,date_certainty,event_type,title,place,commemorates,sources_count,sources"]
        for e in digest.events {
            let end = e.date?.end.flatMap { $0 != e.date?.start ? $0.description : nil } ?? ""
            var cells = [e.id, e.date?.start.description ?? "", end, e.date?.precision.rawValue ?? ""]
            cells += [(e.date?.certainty ?? .unknown).rawValue, e.type.rawValue, e.title, e.places.first ?? "", e.commemorates ?? ""]
            cells += [String(e.sources.count), e.sources.joined(separator: ";")]
            lines.append(cells.map { $0.csvField }.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
