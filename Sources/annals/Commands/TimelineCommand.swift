import AnnalsCore
import AnnalsRender
import AnnalsReport
import ArgumentParser
import Foundation

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Draw a timeline chart from a corpus or from a CSV of events (start,end,label,group).",
        discussion: "Examples: annals timeline seeds --out timeline.svg; annals timeline --events events.csv --out t.png --width 2400 --height 1200"
    )

    @Argument(help: "The corpus folder (ignored when --events is given).")
    var corpus: String = "seeds"

    @Option(help: "A CSV file with header start,end,label,group (ISO dates; end empty for a point event).")
    var events: String?

    @Option(help: "The output file; its extension chooses the format: .png, .pdf or .svg.")
    var out: String

    @Option(help: "Width in pixels (PNG) or points (PDF, SVG).")
    var width: Int = 2400

    @Option(help: "Height in pixels (PNG) or points (PDF, SVG).")
    var height: Int = 1200

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
                let run = try Pipeline().run(corpus)
                let name = URL(fileURLWithPath: corpus).standardizedFileURL.lastPathComponent
                chart = TimelineMapping.chart(run.digest, title: "Events reported in \(name)")
            }
            try ChartRenderer().render(chart, to: url, format: format, width: width, height: height)
        }
    }
}
