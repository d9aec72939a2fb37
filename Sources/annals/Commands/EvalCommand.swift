import ArgumentParser
import AnnalsCore

// Placeholder: filled in by the temporal-tagger work.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "eval", abstract: "Not yet implemented.")
}
