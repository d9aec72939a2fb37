/// What the temporal tagger found in one document: its time expressions and the ranges they form.
public struct TemporalAnalysis: Codable, Hashable, Sendable {
    public var timexes: [Timex]
    public var ranges: [TimeRange]

    public init(timexes: [Timex] = [], ranges: [TimeRange] = []) {
        self.timexes = timexes
        self.ranges = ranges
    }
}

/// Finds TIMEX3 time expressions (DATE, TIME, DURATION, SET) with their TimeML values.
///
/// Relative expressions are anchored on the document creation time (DCT) when it is known to the
/// day. Without it (nil, or known only to the month or year) nothing is guessed: "today" and
/// "now" give `PRESENT_REF`, "yesterday" `XXXX-XX-XX`, "last week" `XXXX-WXX`, "last year" `XXXX`,
/// and their `date` stays nil. Dates written without a year take the year of a date stated in the
/// same or the previous sentence, else the year the clause's tense and the DCT give (without a
/// tense, the year that puts them between seven months before and four months after the DCT);
/// such dates are `.inferred` with a note. Without either they keep `XXXX-MM-DD`.
///
/// Complexity: linear in the number of tokens; the word lists are dictionaries built once.
public struct TemporalTagger: Sendable {
    let lexicon: TimeLexicon

    /// The tagger with the bundled word lists. A missing bundled resource is an installation
    /// defect, reported with the file's name; use `load()` to handle it as an error.
    public static let shared: TemporalTagger = {
        do { return try load() } catch { fatalError("Annals temporal tagger cannot start: \(error)") }
    }()

    /// Loads the word lists of `Resources/english/time/`.
    public static func load() throws -> TemporalTagger { TemporalTagger(lexicon: try TimeLexicon.load()) }

    /// Tags the sentences of one document. `documentDate` is the DCT; nil means unknown.
    public func tag(sentences: [Sentence], documentDate: PartialDate?) -> TemporalAnalysis {
        tag(sentences: sentences, tokens: sentences.map { Tokenizer.tokenize($0.text, offset: $0.start) }, documentDate: documentDate)
    }

    /// Tags the sentences of one document whose tokens are at hand (`tokens[k]` are those of
    /// `sentences[k]`), so that the stages of `DocumentExtractor` tokenize each sentence once.
    public func tag(sentences: [Sentence], tokens sentenceTokens: [[Token]], documentDate: PartialDate?) -> TemporalAnalysis {
        var dct: CalendarDay?
        if let d = documentDate, let y = d.year, let m = d.month, let day = d.day, CalendarDay.isValid(y, m, day) {
            dct = CalendarDay(year: y, month: m, day: day)
        }
        var analysis = TemporalAnalysis()
        // One scanner for the document, moved from sentence to sentence (its context carries over).
        var scanner = TimexScanner(lex: lexicon, tokens: [], dct: dct, sentence: 0, context: ScanContext())
        for (position, sentence) in sentences.enumerated() {
            let tokens = sentenceTokens[position]
            scanner.moveTo(tokens: tokens, sentence: sentence.index)
            let matches = scanner.scan()
            if matches.isEmpty { continue }
            let text = ScalarText(sentence.text)
            var found: [Timex] = []
            for m in matches {
                let start = m.scalarRange?.start ?? tokens[m.first].start
                var end = m.scalarRange?.end ?? tokens[m.end - 1].end
                // TimeML leaves a possessive "'s" out of the span ("[today]'s talks"): both forms
                // of the ending are two scalars.
                if m.scalarRange == nil, TimexScanner.bareForm(tokens[m.end - 1].lower).utf8.count < tokens[m.end - 1].lower.utf8.count { end -= 2 }
                found.append(Timex(start: start, end: end, text: text.slice(start - sentence.start, end - sentence.start),
                                   type: m.type, value: m.value, sentence: sentence.index, date: m.date))
            }
            analysis.ranges += TimeRangeFinder.ranges(in: found, tokens: tokens, sentence: sentence, text: text)
            analysis.timexes += found
        }
        return analysis
    }
}
