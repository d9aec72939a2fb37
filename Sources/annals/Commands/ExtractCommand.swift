import AnnalsCore
import ArgumentParser

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print every mention found before aggregation: time expressions, figures, events, removed boilerplate.",
        discussion: """
        Offsets count Unicode scalars of each file's text; a corpus folder's sources.csv gives each \
        document's publication date (dct).

        Examples:
          annals extract seeds --format csv
          annals extract one.txt two.md --format json
        """
    )

    @Argument(help: ArgumentHelp("A corpus folder, or one or more article files.", discussion: "Example: annals extract article.txt"))
    var inputs: [String] = ["seeds"]

    @Option(help: ArgumentHelp("Output format: json or csv.", discussion: "Example: annals extract seeds --format csv"))
    var format: ExtractFormat = .json

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var consoleOptions: ConsoleOptions

    func run() throws {
        try reportingFailures {
            let pipeline = Pipeline(corpusOptions, consoleOptions)
            let corpus = try pipeline.loadFiles(inputs)
            pipeline.console.report(corpus.warnings)
            let extractions = pipeline.extract(corpus.articles)
            pipeline.console.reportRemovals(extractions)
            switch format {
            case .json: print(try JSONOutput.string(ExtractJSON(extractions)))
            case .csv: print(ExtractJSON.csv(extractions), terminator: "")
            }
        }
    }
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
