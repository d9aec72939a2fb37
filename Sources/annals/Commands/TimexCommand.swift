import ArgumentParser
import AnnalsCore
import Foundation

/// `annals timex FILE [--dct YYYY-MM-DD] [--format json|timeml]`: the time expressions of a text.
struct TimexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timex",
        abstract: "Finds time expressions (TIMEX3) in a UTF-8 text file and prints them with their TimeML values.",
        discussion: """
        Examples:
          annals timex article.txt --dct 2024-05-01
          annals timex article.txt --format timeml
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, timeml }

    @Argument(help: "The UTF-8 text file to tag.")
    var file: String

    @Option(help: "The document creation date (YYYY-MM-DD) that relative expressions are anchored on.")
    var dct: String?

    @Option(help: "Output format: json or timeml (the text with inline TIMEX3 tags).")
    var format: Format = .json

    @Flag(help: "Print only how long sentence splitting and tagging took (best of 5 runs) and the tagging speed in MB/s.")
    var benchmark = false

    func validate() throws {
        if let dct, Self.parseDate(dct) == nil {
            throw ValidationError("--dct '\(dct)' is not a calendar date in the form YYYY-MM-DD")
        }
    }

    /// A YYYY-MM-DD date naming a real day, else nil.
    static func parseDate(_ s: String) -> PartialDate? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              PartialDate.isValid(year: y, month: m, day: d) else { return nil }
        return PartialDate(year: y, month: m, day: d)
    }

    func run() throws {
        try reportingFailures { try tagFile() }
    }

    private func tagFile() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIError("\(file): cannot read the file (does it exist and is it readable?)")
        }
        // Decoded as the corpus loader decodes articles, so offsets agree with `extract`.
        let text: String
        switch ArticleTextDecoder.decode(data) {
        case .success(let decoded): text = decoded.text
        case .failure(let failure): throw CLIError("\(file): cannot decode the text (\(failure))")
        }
        let documentDate = dct.flatMap(Self.parseDate)
        if benchmark { return printBenchmark(text, documentDate) }
        // Sentences as the pipeline splits them: "the next day" and yearless dates look back a sentence or two.
        let analysis = TemporalTagger.shared.tag(sentences: SentenceSplitter.shared.split(text), documentDate: documentDate)
        switch format {
        case .json: print(try json(analysis, dct: documentDate))
        case .timeml: print(timeML(text, analysis))
        }
    }

    /// Times sentence splitting and tagging separately, best of five runs each.
    func printBenchmark(_ text: String, _ documentDate: PartialDate?) {
        let clock = ContinuousClock()
        func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
        var sentences: [Sentence] = []
        var split = Double.infinity, tagging = Double.infinity
        var found = 0
        for _ in 0..<5 {
            split = min(split, seconds(clock.measure { sentences = SentenceSplitter.shared.split(text) }))
            tagging = min(tagging, seconds(clock.measure { found = TemporalTagger.shared.tag(sentences: sentences, documentDate: documentDate).timexes.count }))
        }
        let mb = Double(text.utf8.count) / 1_000_000
        print(String(format: "%.2f MB, %d sentences, %d timexes; split %.3f s (%.1f MB/s), tag %.3f s (%.1f MB/s)",
                     mb, sentences.count, found, split, mb / split, tagging, mb / tagging))
    }

    struct Output: Encodable {
        struct Item: Encodable { var start: Int; var end: Int; var text: String; var type: String; var value: String }
        var dct: String?
        var timexes: [Item]
    }

    func json(_ analysis: TemporalAnalysis, dct: PartialDate?) throws -> String {
        let out = Output(dct: dct?.description, timexes: analysis.timexes.map {
            .init(start: $0.start, end: $0.end, text: $0.text, type: $0.type.rawValue, value: $0.value)
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(out), as: UTF8.self)
    }

    /// The text with each expression wrapped in `<TIMEX3 tid type value>`, XML special characters escaped.
    func timeML(_ text: String, _ analysis: TemporalAnalysis) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var at = 0
        func escaped(_ a: Int, _ b: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[a..<b])
            return String(view).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        for (n, t) in analysis.timexes.sorted(by: { $0.start < $1.start }).enumerated() where t.start >= at {
            out += escaped(at, t.start)
            out += "<TIMEX3 tid=\"t\(n + 1)\" type=\"\(t.type.rawValue)\" value=\"\(t.value)\">" + escaped(t.start, t.end) + "</TIMEX3>"
            at = t.end
        }
        return out + escaped(at, scalars.count)
    }
}
