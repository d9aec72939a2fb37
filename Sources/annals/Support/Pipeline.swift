import AnnalsCore
import Foundation

/// Corpus → Extraction → Aggregation, as the commands run it.
struct Pipeline {
    var strict = false

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
        let loader = CorpusLoader(strict: strict)
        return isDirectory.boolValue ? try loader.load(directory: url) : try loader.load(files: [url])
    }

    func loadFiles(_ paths: [String]) throws -> Corpus {
        if paths.count == 1 { return try load(paths[0]) }
        for p in paths where !FileManager.default.fileExists(atPath: p) {
            throw CLIError("file '\(p)' does not exist")
        }
        return try CorpusLoader(strict: strict).load(files: paths.map { URL(fileURLWithPath: $0) })
    }

    func run(_ path: String) throws -> Run {
        try run(corpus: load(path))
    }

    func run(corpus: Corpus) throws -> Run {
        let correctionsURL = corpus.directory.appendingPathComponent(CorrectionsFile.fileName)
        let corrections = FileManager.default.fileExists(atPath: correctionsURL.path) ? try CorrectionsFile.load(correctionsURL) : []
        let applier = CorrectionApplier(corrections)
        let extractions = try applier.applySuppressions(CorpusExtractor().extract(corpus.articles))
        let digest = try applier.apply(to: Aggregator().aggregate(extractions, metadata: corpus.articles.map(\.metadata)))
        return Run(corpus: corpus, extractions: extractions, digest: digest)
    }
}
