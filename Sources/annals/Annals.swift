import ArgumentParser

@main
struct Annals: ParsableCommand {
    static let version = "0.2.0"

    static let configuration = CommandConfiguration(
        commandName: "annals",
        abstract: "Turns a folder of news articles into a sourced timeline and casualty statistics.",
        discussion: """
        Every date and number names the articles (and sentences) it comes from; approximate, inferred \
        and unknown values stay marked as such.

        Examples:
          annals init my-corpus
          annals add story.txt --to my-corpus --publisher "Daily Example"
          annals report my-corpus --out reports
          annals summary my-corpus --format json
        """,
        version: version,
        subcommands: [InitCommand.self, AddCommand.self, ReportCommand.self, TimelineCommand.self, SummaryCommand.self,
                      ExportCommand.self, ExtractCommand.self, TimexCommand.self, EvalCommand.self, ManualCommand.self]
    )

    /// Installs the interruption handlers before parsing and running the command.
    static func main() {
        Interruption.install()
        Suggestion.checkSubcommand(Array(CommandLine.arguments.dropFirst()))
        main(nil)
    }
}
