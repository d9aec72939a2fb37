import ArgumentParser
import AnnalsCore

// Placeholder: filled in by the temporal-tagger work.
struct TimexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "timex", abstract: "Not yet implemented.")
}
