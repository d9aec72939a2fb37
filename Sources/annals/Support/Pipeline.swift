import AnnalsCore
import Foundation

/// Corpus → Extraction → Aggregation, as the commands run it, with progress and warnings on stderr.
///
/// A corpus folder's extraction results are cached in `FOLDER/.annals/` (see `ExtractionCache`)
/// unless `--no-cache`; articles named one by one are not, since their folder is not theirs.
struct Pipeline {
    var strict = false
    var limits = CorpusLimits.default
    var console = Console()
    var useCache = true

    init(strict: Bool = false, limits: CorpusLimits = .default, console: Console = Console(), useCache: Bool = true) {
        self.strict = strict
        self.limits = limits
        self.console = console
        self.useCache = useCache
    }

    init(_ options: CorpusOptions, _ console: ConsoleOptions) {
        self.init(strict: options.strict, limits: options.limits, console: console.console, useCache: !options.noCache)
    }

    /// What the commands use of a run: the digest. The articles' text and the extractions are not
    /// kept — on a large corpus they are most of the memory, and every output is made from the digest.
    struct Run {
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

    /// The folder whose `.annals/` cache serves `paths`: the corpus folder when a single folder is
    /// given, nil for files (or when caching is off).
    func cacheFolder(for paths: [String]) -> URL? {
        guard useCache, paths.count == 1 else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        return URL(fileURLWithPath: paths[0]).standardizedFileURL
    }

    func loadFiles(_ paths: [String]) throws -> Corpus {
        if paths.count == 1 { return try load(paths[0]) }
        for p in paths where !FileManager.default.fileExists(atPath: p) {
            throw CLIError("file '\(p)' does not exist (tried \(URL(fileURLWithPath: p).standardizedFileURL.path))")
        }
        return try CorpusLoader(strict: strict, limits: limits).load(files: paths.map { URL(fileURLWithPath: $0) })
    }

    func run(_ path: String) throws -> Run {
        var corpus = try load(path)
        console.report(corpus.warnings)
        if corpus.articles.isEmpty {
            let message = "no articles to read in \(corpus.directory.path): it holds no readable .txt or .md file; add some with `annals add FILE --to \(path)`"
            if strict { throw CLIError(message) }
            console.warn(message)
        }
        return try run(taking: &corpus, cacheIn: cacheFolder(for: [path]))
    }

    func run(corpus: Corpus, cacheIn cacheFolder: URL? = nil) throws -> Run {
        var corpus = corpus
        return try run(taking: &corpus, cacheIn: cacheFolder)
    }

    /// Extracts and aggregates `corpus`, emptying its articles once they are extracted: merging
    /// needs only their metadata, and the text of every article is the largest thing a run holds
    /// (freed only when the caller's copy was the last).
    private func run(taking corpus: inout Corpus, cacheIn cacheFolder: URL?) throws -> Run {
        let correctionsURL = corpus.directory.appendingPathComponent(CorrectionsFile.fileName)
        let corrections = FileManager.default.fileExists(atPath: correctionsURL.path) ? try CorrectionsFile.load(correctionsURL) : []
        let applier = CorrectionApplier(corrections)
        let extracted = extract(corpus.articles, cacheIn: cacheFolder)
        let metadata = corpus.articles.map(\.metadata)
        corpus.articles = []
        let extractions = try applier.applySuppressions(extracted)
        console.reportRemovals(extractions)
        let digest = try applier.apply(to: Aggregator().aggregate(extractions, metadata: metadata))
        Self.releaseLater(extracted, extractions)
        return Run(digest: digest)
    }

    /// Lets the last references to `values` go on another thread (if the caller's go first): freeing the mentions of ten
    /// thousand documents takes a noticeable part of a second, which the report need not wait for.
    private static func releaseLater(_ values: [DocumentExtraction]...) {
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(values) {} }
    }

    /// Aggregates documents extracted elsewhere (`annals extract --format jsonl` shards), in the
    /// order given, exactly as `run` aggregates a corpus's.
    func aggregate(_ documents: [ExtractedDocument]) -> Digest {
        let extractions = documents.map(\.extraction)
        console.reportRemovals(extractions)
        return Aggregator().aggregate(extractions, metadata: documents.map(\.source))
    }

    /// Extracts in chunks (each spread over the cores) so the progress meter can move between them.
    /// With a `cacheFolder`, documents unchanged since the last run come from its cache; the counts
    /// go to `--verbose`, problems with the cache are warnings (the run goes on without it).
    func extract(_ articles: [Article], cacheIn cacheFolder: URL? = nil) -> [DocumentExtraction] {
        let opening = cacheFolder.map { ExtractionCache.open(corpus: $0) }
        let extractor = opening.map { IncrementalExtractor(opening: $0) } ?? IncrementalExtractor(cache: nil)
        let meter = console.progress("extracting", total: articles.count, unit: "documents")
        let result = extractor.extract(articles) { meter.advance(by: $0) }
        meter.finish()
        for warning in result.warnings { console.warn(warning.description) }
        if opening != nil { console.note("cache: " + result.stats.summary) }
        return result.extractions
    }
}
