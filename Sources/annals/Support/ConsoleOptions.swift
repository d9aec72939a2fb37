import ArgumentParser

/// `--quiet` and `--verbose`, shared by every command that reads a corpus.
struct ConsoleOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: ArgumentHelp("Print nothing on stderr but errors: no progress, no warnings.",
                                                 discussion: "Example: annals summary my-corpus --quiet"))
    var quiet = false

    @Flag(name: .shortAndLong, help: ArgumentHelp("Also list every skipped file and removed passage with the reason, and each stage's time.",
                                                 discussion: "Example: annals report my-corpus --verbose"))
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }

    var console: Console { Console(quiet: quiet, verbose: verbose) }
}
