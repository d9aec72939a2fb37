import AnnalsCore
import AnnalsRender
import AnnalsReport
import ArgumentParser
import Foundation

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Draw a timeline chart from a corpus or from a CSV of events (start,end,label,group).",
        discussion: """
        The events CSV has the header start,end,label,group: ISO dates (YYYY-MM-DD, YYYY-MM or YYYY), \
        end empty for a point event, group naming the lane.

        Examples:
          annals timeline seeds --out timeline.svg
          annals timeline --events events.csv --out t.png --width 2400 --height 1200
        """
    )

    @Argument(help: ArgumentHelp("The corpus folder (ignored when --events is given).", discussion: "Example: annals timeline my-corpus --out t.svg"))
    var corpus: String = "seeds"

    @Option(help: ArgumentHelp("A CSV file with header start,end,label,group (ISO dates; end empty for a point event).",
                               discussion: "Example: annals timeline --events events.csv --out t.png"))
    var events: String?

    @Option(help: ArgumentHelp("The output file; its extension chooses the format: .png, .pdf or .svg.", discussion: "Example: --out timeline.pdf"))
    var out: String

    @Option(help: ArgumentHelp("Width in pixels (PNG) or points (PDF, SVG), 16 to 20000.", discussion: "Example: --width 1600"))
    var width: Int = 2400

    @Option(help: ArgumentHelp("Height in pixels (PNG) or points (PDF, SVG), 16 to 20000.", discussion: "Example: --height 900"))
    var height: Int = 1200

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var consoleOptions: ConsoleOptions

    func validate() throws {
        let ext = URL(fileURLWithPath: out).pathExtension.lowercased()
        guard OutputFormat(pathExtension: ext) != nil else {
            throw ValidationError("--out must end in .png, .pdf or .svg (got '\(out)')")
        }
        guard (16...20000).contains(width), (16...20000).contains(height) else {
            throw ValidationError("--width and --height must be between 16 and 20000")
        }
    }

    func run() throws {
        try reportingFailures {
            let url = URL(fileURLWithPath: out)
            let format = OutputFormat(pathExtension: url.pathExtension.lowercased())!
            let chart: TimelineChart
            if let events {
                chart = try EventsCSV.chart(path: events)
            } else {
                let run = try Pipeline(corpusOptions, consoleOptions).run(corpus)
                let name = URL(fileURLWithPath: corpus).standardizedFileURL.lastPathComponent
                chart = TimelineMapping.chart(run.digest, title: "Events reported in \(name)")
            }
            Interruption.registerOutput(url)
            try OutputFolder.prepare(url.deletingLastPathComponent())
            do { try ChartRenderer().render(chart, to: url, format: format, width: width, height: height) } catch {
                throw CLIError("cannot write \(url.path) (nothing replaced): \(error)")
            }
        }
    }
}
