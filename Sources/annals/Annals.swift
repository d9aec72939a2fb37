import ArgumentParser

@main
struct Annals: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annals",
        abstract: "Turns a folder of news articles into a sourced timeline and casualty statistics.",
        discussion: "Start with: annals report seeds --out reports",
        version: "0.1.0",
        subcommands: [InitCommand.self, AddCommand.self, ReportCommand.self, TimelineCommand.self, SummaryCommand.self, ExportCommand.self, ExtractCommand.self, TimexCommand.self, EvalCommand.self]
    )
}
