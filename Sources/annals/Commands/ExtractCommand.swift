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
            case .json: ExtractJSON.writeJSON(extractions)
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
        case .json: ExtractJSON.writeJSON(all)
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

/// The `extract --format json` and `--format csv` contracts.
enum ExtractJSON {
    /// The whole corpus as one JSON object: `documents`, `events`, `figures`, `timexes`, each a list
    /// over all documents in corpus order. The bytes are those `JSONEncoder` wrote for it before
    /// (pretty-printed, keys sorted, slashes unescaped; an optional member absent when nil, a
    /// figure's `low`/`high` null), written in one pass (`PrettyJSONWriter`): each object's keys
    /// below are in ascending order. Complexity: O(output bytes).
    static func json(_ docs: [DocumentExtraction]) -> String {
        String(decoding: jsonBytes(docs), as: UTF8.self)
    }

    /// `print(json(docs))` without making a String of the output (validating megabytes of UTF-8
    /// that are valid by construction: copied from Strings, escapes in ASCII). The C streams are
    /// flushed first, so whatever `print` wrote before still comes first; write errors are
    /// ignored, as `print` ignores them.
    static func writeJSON(_ docs: [DocumentExtraction]) {
        var bytes = jsonBytes(docs)
        bytes.append(UInt8(ascii: "\n"))
        fflush(nil)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(STDOUT_FILENO, raw.baseAddress! + offset, raw.count - offset)
                if n > 0 { offset += n } else if n < 0 && errno == EINTR { continue } else { break }
            }
        }
    }

    /// The bytes of `json(docs)`.
    static func jsonBytes(_ docs: [DocumentExtraction]) -> [UInt8] {
        var w = PrettyJSONWriter(capacity: docs.reduce(0) { $0 + 600 * ($1.timexes.count + $1.figures.count + $1.events.count) + 300 })
        w.beginObject()
        w.key("documents")
        w.beginArray()
        for d in docs {
            w.beginObject()
            w.member("dct", ifPresent: d.dct.date?.timeMLValue)
            w.member("dctCertainty", d.dct.certainty.rawValue)
            w.member("dctReasoning", ifPresent: d.dct.reasoning)
            w.member("file", d.file)
            w.key("removed")
            w.beginArray()
            for r in d.removed {
                w.beginObject()
                w.member("end", r.end); w.member("reason", r.reason.rawValue); w.member("start", r.start); w.member("text", r.text)
                w.endObject()
            }
            w.endArray()
            w.member("sentences", d.sentences.count)
            w.endObject()
        }
        w.endArray()
        // One array of every document's mentions of a kind, each an object whose members `body` writes.
        func mentions<Mention>(_ key: StaticString, _ of: (DocumentExtraction) -> [Mention], _ body: (Mention, String) -> Void) {
            w.key(key)
            w.beginArray()
            for d in docs {
                for m in of(d) {
                    w.beginObject()
                    body(m, d.file)
                    w.endObject()
                }
            }
            w.endArray()
        }
        mentions("events", \.events) { e, file in
            w.member("certainty", ifPresent: e.date?.certainty.rawValue)
            w.member("date", ifPresent: e.date?.timeMLValue)
            w.member("dateText", ifPresent: e.dateText)
            w.member("end", e.end); w.member("file", file)
            w.member("names", e.names); w.member("participants", e.participants); w.member("places", e.places)
            w.member("relation", ifPresent: e.relation?.rawValue)
            w.member("sentence", e.sentence); w.member("start", e.start); w.member("text", e.text); w.member("type", e.type.rawValue)
        }
        mentions("figures", \.figures) { f, file in
            w.member("approximate", f.quantity.approximate); w.member("category", f.category.rawValue)
            w.member("end", f.end); w.member("file", file)
            w.member("high", orNull: f.quantity.high); w.member("low", orNull: f.quantity.low)
            w.member("outcome", f.outcome.rawValue)
            if let partOf = f.partOf { w.member("partOf", partOf) }
            w.member("sentence", f.sentence); w.member("start", f.start); w.member("text", f.text)
        }
        mentions("timexes", \.timexes) { t, file in
            w.member("certainty", ifPresent: t.date?.certainty.rawValue)
            w.member("end", t.end); w.member("file", file)
            w.member("note", ifPresent: t.date?.note)
            w.member("sentence", t.sentence); w.member("start", t.start); w.member("text", t.text)
            w.member("type", t.type.rawValue); w.member("value", t.value)
        }
        w.endObject()
        return w.bytes
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
