import AnnalsCore
import Foundation

/// Corpus → Extraction → Aggregation, as the commands run it, with progress and warnings on stderr.
struct Pipeline {
    var strict = false
    var limits = CorpusLimits.default
    var console = Console()

    init(strict: Bool = false, limits: CorpusLimits = .default, console: Console = Console()) {
        self.strict = strict
        self.limits = limits
        self.console = console
    }

    init(_ options: CorpusOptions, _ console: ConsoleOptions) {
        self.init(strict: options.strict, limits: options.limits, console: console.console)
    }

    struct Run {
        var corpus: Corpus
        var extractions: [DocumentExtraction]
        var digest: Digest
    }

    func load(_ path: String) throws -> Corpus {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw CLIError("corpus folder '\(path)' does not exist (tried \(url.standardizedFileURL.path)); give the folder that holds the articles and sources.csv")
        }
        let loader = CorpusLoader(strict: strict, limits: limits)
        let activity = ActivityIndicator(label: "reading \(path)", mode: console.progressMode)
        defer { activity.finish() }
        let corpus = isDirectory.boolValue ? try loader.load(directory: url) : try loader.load(files: [url])
        console.note("read \(corpus.articles.count) article\(corpus.articles.count == 1 ? "" : "s") from \(url.standardizedFileURL.path)")
        return corpus
    }

    func loadFiles(_ paths: [String]) throws -> Corpus {
        if paths.count == 1 { return try load(paths[0]) }
        for p in paths where !FileManager.default.fileExists(atPath: p) {
            throw CLIError("file '\(p)' does not exist (tried \(URL(fileURLWithPath: p).standardizedFileURL.path))")
        }
        return try CorpusLoader(strict: strict, limits: limits).load(files: paths.map { URL(fileURLWithPath: $0) })
    }

    func run(_ path: String) throws -> Run {
        let corpus = try load(path)
        console.report(corpus.warnings)
        if corpus.articles.isEmpty {
            let message = "no articles to read in \(corpus.directory.path): it holds no readable .txt or .md file; add some with `annals add FILE --to \(path)`"
            if strict { throw CLIError(message) }
            console.warn(message)
        }
        return try run(corpus: corpus)
    }

    func run(corpus: Corpus) throws -> Run {
        let correctionsURL = corpus.directory.appendingPathComponent(CorrectionsFile.fileName)
        let corrections = FileManager.default.fileExists(atPath: correctionsURL.path) ? try CorrectionsFile.load(correctionsURL) : []
        let applier = CorrectionApplier(corrections)
        let extractions = try applier.applySuppressions(extract(corpus.articles))
        console.reportRemovals(extractions)
        let digest = try applier.apply(to: Aggregator().aggregate(extractions, metadata: corpus.articles.map(\.metadata)))
        return Run(corpus: corpus, extractions: extractions, digest: digest)
    }

    /// Extracts in chunks (each spread over the cores) so the progress meter can move between them.
    func extract(_ articles: [Article]) -> [DocumentExtraction] {
        let meter = console.progress("extracting", total: articles.count, unit: "documents")
        defer { meter.finish() }
        let chunk = max(8, ProcessInfo.processInfo.activeProcessorCount * 4)
        var results: [DocumentExtraction] = []
        results.reserveCapacity(articles.count)
        var start = 0
        while start < articles.count {
            let end = min(articles.count, start + chunk)
            results += CorpusExtractor().extract(Array(articles[start..<end]))
            meter.advance(by: end - start)
            start = end
        }
        return results
    }
}
