import ArgumentParser

/// How a corpus is read, shared by every command that reads one so `--strict` means the same
/// everywhere. (The size and count limits, `--max-file-size` and `--max-documents`, are wired to
/// AnnalsCore's `CorpusLimits` once it lands.)
struct CorpusOptions: ParsableArguments {
    @Flag(help: ArgumentHelp("Treat unreadable, malformed or over-large files as errors instead of skipping them.",
                             discussion: "Example: annals summary my-corpus --strict"))
    var strict = false
}
