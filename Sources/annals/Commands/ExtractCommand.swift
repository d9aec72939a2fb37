import AnnalsCore
import ArgumentParser
import Foundation

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print every mention found before aggregation: time expressions, figures, events, removed boilerplate.",
        discussion: """
        Offsets count Unicode scalars of each file's text; a corpus folder's sources.csv gives each \
        document's publication date (dct). A corpus folder's results are cached in FOLDER/.annals/ \
        (--no-cache to extract everything again).

        JSON Lines, for running extraction as the map step of another engine (Spark's RDD.pipe): \
        with the input `-`, documents are read from stdin, one JSON object a line:
          {"file": "a.txt", "published": "2019-03-15" or null, "text": "...", \
        optional "title", "publisher", "url", "note"}
        With --format jsonl (from stdin or from files), each document is written as one line:
          {"schema": "annals.extraction/1", "rules": "engine=N resources=SHA256", "file": "a.txt", \
        "source": {file, title, publisher, url, published, note}, "extraction": {file, dct, removed, \
        sentences, timexes, ranges, figures, events}}
        Those lines (in any number of files, in any order) are what `annals summary --mentions` \
        aggregates. A bad input line is an error naming its line number.

        Examples:
          annals extract seeds --format csv
          annals extract one.txt two.md --format json
          annals extract my-corpus --format jsonl > shard.jsonl
          cat docs.jsonl | annals extract --format jsonl - > shard.jsonl
        """
    )

    @Argument(help: ArgumentHelp("A corpus folder, one or more article files, or - for documents as JSON Lines on stdin.",
                                 discussion: "Example: annals extract article.txt"))
    var inputs: [String] = ["seeds"]

    @Option(help: ArgumentHelp("Output format: json, csv or jsonl (one line per document, for annals summary --mentions).",
                               discussion: "Example: annals extract seeds --format csv"))
    var format: ExtractOutputFormat = .json

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var consoleOptions: ConsoleOptions

    /// Documents extracted together from stdin before their lines are written: enough to keep
    /// the cores busy, few enough that a long stream is never held in memory.
    static let streamBatch = 64

    func run() throws {
        try reportingFailures {
            let pipeline = Pipeline(corpusOptions, consoleOptions)
            if inputs.contains("-") {
                guard inputs == ["-"] else { throw CLIError("'-' (documents as JSON Lines on stdin) cannot be mixed with files; give it alone") }
                try extractStandardInput(pipeline)
                return
            }
            let corpus = try pipeline.loadFiles(inputs)
            pipeline.console.report(corpus.warnings)
            let extractions = pipeline.extract(corpus.articles, cacheIn: pipeline.cacheFolder(for: inputs))
            pipeline.console.reportRemovals(extractions)
            switch format {
            case .json: print(try JSONOutput.string(ExtractJSON(extractions)))
            case .csv: print(ExtractJSON.csv(extractions), terminator: "")
            case .jsonl:
                let rules = ExtractedDocument.rulesLabel(.current())
                for (article, extraction) in zip(corpus.articles, extractions) {
                    print(try ExtractedDocument(source: article.metadata, extraction: extraction, rules: rules).jsonLine())
                }
            }
        }
    }

    /// Reads JSON Lines documents from stdin. With --format jsonl they are extracted and written
    /// in batches as they come; json and csv need the whole set first.
    private func extractStandardInput(_ pipeline: Pipeline) throws {
        var reader = DocumentLineReader(source: "stdin")
        let rules = format == .jsonl ? ExtractedDocument.rulesLabel(.current()) : ""
        var batch: [Article] = []
        var all: [DocumentExtraction] = []
        var count = 0
        var number = 0
        func flush() throws {
            guard !batch.isEmpty else { return }
            let extractions = CorpusExtractor().extract(batch)
            pipeline.console.reportRemovals(extractions)
            if format == .jsonl {
                for (article, extraction) in zip(batch, extractions) {
                    print(try ExtractedDocument(source: article.metadata, extraction: extraction, rules: rules).jsonLine())
                }
            } else {
                all += extractions
            }
            batch.removeAll(keepingCapacity: true)
        }
        while let line = readLine(strippingNewline: true) {
            number += 1
            var warnings: [CorpusWarning] = []
            guard let article = try reader.read(line: Substring(line), number: number, warnings: &warnings) else {
                try note(warnings, pipeline)
                continue
            }
            try note(warnings, pipeline)
            let size = article.text.utf8.count
            if size > pipeline.limits.maxFileSize {
                try note([CorpusWarning(file: article.file, message: "is \(CorpusLimits.describe(bytes: size)) of text, over the \(CorpusLimits.describe(bytes: pipeline.limits.maxFileSize)) limit (stdin line \(number)); not read — raise it with \(CorpusLimits.maxFileSizeFlag) \(size)")], pipeline)
                continue
            }
            count += 1
            if count > pipeline.limits.maxDocuments {
                throw CLIError("stdin:\(number): more than the limit of \(pipeline.limits.maxDocuments) documents; raise it with \(CorpusLimits.maxDocumentsFlag)")
            }
            batch.append(article)
            if batch.count >= Self.streamBatch { try flush() }
        }
        try flush()
        pipeline.console.note("extracted \(count) document\(count == 1 ? "" : "s") from stdin")
        switch format {
        case .json: print(try JSONOutput.string(ExtractJSON(all)))
        case .csv: print(ExtractJSON.csv(all), terminator: "")
        case .jsonl: break
        }
    }

    /// Warnings about input lines: shown, or an error with --strict.
    private func note(_ warnings: [CorpusWarning], _ pipeline: Pipeline) throws {
        guard !warnings.isEmpty else { return }
        if pipeline.strict, let first = warnings.first { throw CorpusError(first) }
        pipeline.console.report(warnings)
    }
}

/// What `annals extract` writes: the two whole-corpus forms, or a line per document.
enum ExtractOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, csv, jsonl
}

/// The `extract --format json` contract.
struct ExtractJSON: Encodable {
    struct DocumentEntry: Encodable {
        var file: String
        var dct: String?
        var dctCertainty: Certainty
        var dctReasoning: String?
        var removed: [RemovedText]
        var sentences: Int
    }
    struct TimexEntry: Encodable {
        var file: String
        var start: Int
        var end: Int
        var text: String
        var type: TimexType
        var value: String
        var sentence: Int
        var certainty: Certainty?
        var note: String?
    }
    struct FigureEntry: Encodable {
        var file: String
        var start: Int
        var end: Int
        var text: String
        var outcome: Outcome
        var category: CasualtyCategory
        var low: Int?
        var high: Int?
        var approximate: Bool
        var sentence: Int
        var partOf: Int?

        enum CodingKeys: String, CodingKey { case file, start, end, text, outcome, category, low, high, approximate, sentence, partOf }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file); try c.encode(start, forKey: .start); try c.encode(end, forKey: .end)
            try c.encode(text, forKey: .text); try c.encode(outcome, forKey: .outcome); try c.encode(category, forKey: .category)
            try c.encode(low, forKey: .low); try c.encode(high, forKey: .high); try c.encode(approximate, forKey: .approximate)
            try c.encode(sentence, forKey: .sentence); try c.encodeIfPresent(partOf, forKey: .partOf)
        }
    }
    struct EventEntry: Encodable {
        var file: String
        var start: Int
        var end: Int
        var text: String
        var type: EventType
        var sentence: Int
        var date: String?
        var dateText: String?
        var certainty: Certainty?
        var places: [String]
        var names: [String]
        var participants: [String]
        var relation: EventRelation?
    }

    var documents: [DocumentEntry] = []
    var timexes: [TimexEntry] = []
    var figures: [FigureEntry] = []
    var events: [EventEntry] = []

    init(_ docs: [DocumentExtraction]) {
        for d in docs {
            documents.append(DocumentEntry(file: d.file, dct: d.dct.date?.description, dctCertainty: d.dct.certainty,
                                           dctReasoning: d.dct.reasoning, removed: d.removed, sentences: d.sentences.count))
            timexes += d.timexes.map { TimexEntry(file: d.file, start: $0.start, end: $0.end, text: $0.text, type: $0.type, value: $0.value,
                                                  sentence: $0.sentence, certainty: $0.date?.certainty, note: $0.date?.note) }
            figures += d.figures.map { FigureEntry(file: d.file, start: $0.start, end: $0.end, text: $0.text, outcome: $0.outcome,
                                                   category: $0.category, low: $0.quantity.low, high: $0.quantity.high,
                                                   approximate: $0.quantity.approximate, sentence: $0.sentence, partOf: $0.partOf) }
            events += d.events.map { EventEntry(file: d.file, start: $0.start, end: $0.end, text: $0.text, type: $0.type, sentence: $0.sentence,
                                                date: $0.date?.description, dateText: $0.dateText, certainty: $0.date?.certainty,
                                                places: $0.places, names: $0.names, participants: $0.participants, relation: $0.relation) }
        }
    }

    /// One row per mention: kind, file, offsets, text and its reading.
    static func csv(_ docs: [DocumentExtraction]) -> String {
        var lines = ["kind,file,start,end,text,type,value,outcome,category,low,high,approximate"]
        func row(_ cells: [String]) { lines.append(cells.map(\.csvField).joined(separator: ",")) }
        for d in docs {
            for r in d.removed { row(["removed", d.file, String(r.start), String(r.end), r.text, r.reason.rawValue, "", "", "", "", "", ""]) }
            for t in d.timexes { row(["timex", d.file, String(t.start), String(t.end), t.text, t.type.rawValue, t.value, "", "", "", "", ""]) }
            for f in d.figures {
                row(["figure", d.file, String(f.start), String(f.end), f.text, "", "", f.outcome.rawValue, f.category.rawValue,
                     f.quantity.low.map(String.init) ?? "", f.quantity.high.map(String.init) ?? "", String(f.quantity.approximate)])
            }
            for e in d.events { row(["event", d.file, String(e.start), String(e.end), e.text, e.type.rawValue, e.date?.description ?? "", "", "", "", "", ""]) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
