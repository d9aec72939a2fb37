import ArgumentParser
import AnnalsCore
import Foundation

/// `annals eval ...`: measures extraction against annotated corpora.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measures the extractors against annotated corpora.",
        discussion: "Examples: annals eval timeml ../shared/data/tempeval3-train\n          annals eval figures Tests/Data/casualties/held-out",
        subcommands: [TimeMLEval.self, FiguresEval.self]
    )
}

/// `annals eval timeml DIR [--verbose]`: TempEval-3 Task A scores of the temporal tagger.
struct TimeMLEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeml",
        abstract: "Scores the temporal tagger on TimeML (.tml) files, TempEval-3 Task A style.",
        discussion: "Example: annals eval timeml ../shared/data/tempeval3-train --verbose"
    )

    @Argument(help: ArgumentHelp("A directory searched recursively for .tml files.", discussion: "Example: annals eval timeml corpus/tml"))
    var directory: String

    @Flag(help: ArgumentHelp("List misses, spurious expressions and wrong values per document.", discussion: "Example: annals eval timeml DIR --verbose"))
    var verbose = false

    func run() throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw ValidationError("'\(directory)' is not a directory")
        }
        let root = URL(fileURLWithPath: directory)
        var files: [URL] = []
        if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where url.pathExtension == "tml" { files.append(url) }
        }
        files.sort { $0.path < $1.path }
        guard !files.isEmpty else { throw ValidationError("no .tml files under '\(directory)'") }
        let tagger = try TemporalTagger.load()
        var total = TimexScore()
        var reports: [TimexErrors] = []
        for url in files {
            guard let data = FileManager.default.contents(atPath: url.path), let source = String(data: data, encoding: .utf8) else {
                throw ValidationError("cannot read '\(url.path)' as UTF-8 text")
            }
            let doc: TimeMLDocument
            do { doc = try TimeMLDocument(parsing: source) } catch {
                throw ValidationError("'\(url.path)': \(error)")
            }
            // Sentences as the pipeline splits them: expressions are anchored within and across them.
            let analysis = tagger.tag(sentences: SentenceSplitter.shared.split(doc.text), documentDate: doc.dct)
            let name = url.path.hasPrefix(root.path) ? String(url.path.dropFirst(root.path.count + 1)) : url.lastPathComponent
            let (score, errors) = TimexScorer.score(gold: doc.timexes, system: analysis.timexes.map(TimeMLDocument.Annotation.init), document: name)
            total = total + score
            reports.append(errors)
        }
        if verbose { printErrors(reports) }
        printTable(total, documents: files.count)
    }

    func printErrors(_ reports: [TimexErrors]) {
        for r in reports where !(r.misses.isEmpty && r.spurious.isEmpty && r.wrongValues.isEmpty && r.wrongTypes.isEmpty) {
            print("== \(r.document)")
            for g in r.misses { print("  MISS     [\(g.text)] \(g.type) \(g.value)") }
            for s in r.spurious { print("  SPURIOUS [\(s.text)] \(s.type) \(s.value)") }
            for (g, s) in r.wrongValues { print("  VALUE    [\(g.text)] gold \(g.value) | system [\(s.text)] \(s.value)") }
            for (g, s) in r.wrongTypes { print("  TYPE     [\(g.text)] gold \(g.type) | system [\(s.text)] \(s.type)") }
        }
    }

    func printTable(_ s: TimexScore, documents: Int) {
        func pct(_ x: Double) -> String { String(format: "%6.2f", x * 100) }
        func row(_ name: String, _ p: TimexScore.PRF) -> String {
            name.padding(toLength: 20, withPad: " ", startingAt: 0) + pct(p.precision) + "  " + pct(p.recall) + "  " + pct(p.f1)
        }
        print("documents \(documents)   gold \(s.gold)   system \(s.system)   strict \(s.strictMatches)   relaxed \(s.relaxedMatches)")
        print("".padding(toLength: 20, withPad: " ", startingAt: 0) + "     P       R      F1")
        print(row("strict extraction", s.strict))
        print(row("relaxed extraction", s.relaxed))
        print(row("type", s.type))
        print(row("value", s.value))
        print("type accuracy".padding(toLength: 20, withPad: " ", startingAt: 0) + pct(s.typeAccuracy))
        print("value accuracy".padding(toLength: 20, withPad: " ", startingAt: 0) + pct(s.valueAccuracy))
    }
}

/// `annals eval figures DIR [--verbose]`: casualty figures against per-document annotations.
struct FiguresEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Scores the casualty extractor on articles annotated with their expected figures.",
        discussion: """
        Each article NAME.txt has an annotation NAME.tsv: one expected figure a line, \
        `outcome<TAB>category<TAB>low<TAB>high` (`-` for an open end). A document's figures are a set; \
        tuples match exactly; precision, recall and F1 are micro-averaged over all documents.
        Example: annals eval figures Tests/Data/casualties/held-out --verbose
        """
    )

    @Argument(help: ArgumentHelp("A directory searched recursively for annotated .txt articles.", discussion: "Example: annals eval figures Tests/Data/casualties/dev"))
    var directory: String

    @Flag(help: ArgumentHelp("List missed and spurious figures per document.", discussion: "Example: annals eval figures DIR --verbose"))
    var verbose = false

    func run() throws {
        let documents: [FigureEvaluationDocument]
        do { documents = try FigureEvaluationDocument.load(directory: directory) } catch let failure as FigureEvaluationDocument.LoadFailure {
            throw ValidationError(failure.description)
        }
        let (score, errors) = FigureEvaluation.run(documents)
        if verbose {
            for e in errors where !e.isEmpty {
                print("== \(e.document)")
                for t in e.misses { print("  MISS     \(t)") }
                for t in e.spurious { print("  SPURIOUS \(t)") }
            }
        }
        func pct(_ x: Double) -> String { String(format: "%6.2f", x * 100) }
        print("documents \(score.documents)   gold \(score.gold)   system \(score.system)   matched \(score.matched)")
        print("                 P       R      F1")
        print("figures     " + pct(score.precision) + "  " + pct(score.recall) + "  " + pct(score.f1))
    }
}
