import ArgumentParser

@main
struct Annals: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annals",
        abstract: "Turns a folder of news articles into a sourced timeline and casualty statistics.",
        version: "0.1.0",
        subcommands: [TimexCommand.self, EvalCommand.self]
    )
}
