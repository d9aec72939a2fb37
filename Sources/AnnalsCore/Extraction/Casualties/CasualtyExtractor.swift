/// Finds casualty figures (killed, wounded, displaced, missing, captured) in a document's sentences.
///
/// A figure is a count of people (or a casualty noun such as "dead", "victims") tied to an outcome
/// word in a short syntactic window: a verb before it ("the blast killed 12 people"), an outcome
/// after it ("613 residents were killed", "12 people, including 3 children, killed in ..."), the
/// head itself ("40 deaths", "left 12 dead"), or a toll phrase ("a death toll of 40"). Breakdowns
/// ("including 63 children, 106 women") become parts pointing at their total; "no one was hurt"
/// states zero. Numbers inside time expressions, ages, money, labels and counts of things are never
/// figures. Word lists live in `Resources/english/casualties/`.
///
/// Complexity: O(tokens) per sentence in practice; every scan is bounded by a small window.
public struct CasualtyExtractor: Sendable {
    public static let shared = CasualtyExtractor(lexicon: .shared, parser: .shared)

    /// The lexicon, its readers and the number parser, built once and shared by every sentence
    /// (see CasualtyRules.swift).
    let rules: CasualtyRules
    var lexicon: CasualtyLexicon { rules.lexicon }

    init(lexicon: CasualtyLexicon, parser: NumberParser) {
        rules = CasualtyRules(lexicon: lexicon, parser: parser)
    }

    /// Casualty figures of one document. `timexes` are the document's time expressions (their spans are never read as counts). Returns mentions with absolute offsets; `partOf` indexes into the returned array.
    /// `tokens`, when given, are each sentence's tokens (`tokens[k]` of `sentences[k]`).
    public func extract(sentences: [Sentence], timexes: [Timex], tokens sentenceTokens: [[Token]]? = nil) -> [FigureMention] {
        var result: [FigureMention] = []
        let sortedTimexes = timexes.sorted { $0.start < $1.start }
        let vocabulary = lexicon.vocabulary
        for (position, sentence) in sentences.enumerated() {
            // Most sentences hold no outcome word at all: skipped before they are tokenized.
            guard vocabulary.mayMatch(sentence.text) else { continue }
            let spans = Self.spans(of: sortedTimexes, overlapping: sentence)
            // The sentence before is read only when a bare count may take its head ("Nine soldiers
            // were trapped. By Friday four had died"), so most sentences never build it.
            SentenceFigures(sentence: sentence, timeSpans: spans, rules: rules, tokens: sentenceTokens?[position]).append(to: &result) {
                guard position > 0 else { return nil }
                let before = sentences[position - 1]
                return SentenceFigures(sentence: before, timeSpans: Self.spans(of: sortedTimexes, overlapping: before), rules: rules,
                                       tokens: sentenceTokens?[position - 1])
            }
        }
        return result
    }

    /// Time spans overlapping a sentence. O(log t + hits): binary search in the start-sorted list,
    /// then a short walk (one earlier timex may straddle the sentence start).
    static func spans(of sorted: [Timex], overlapping sentence: Sentence) -> [Range<Int>] {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid].start < sentence.start { lo = mid + 1 } else { hi = mid }
        }
        var result: [Range<Int>] = []
        var i = max(0, lo - 1)
        while i < sorted.count, sorted[i].start < sentence.end {
            if sorted[i].end > sentence.start { result.append(sorted[i].start..<sorted[i].end) }
            i += 1
        }
        return result
    }

    /// Figures of a single sentence (offsets absolute), for callers that work sentence by sentence.
    /// `partOf` indexes into the returned array.
    public func extract(sentence: Sentence, timexes: [Timex] = []) -> [FigureMention] {
        extract(sentences: [sentence], timexes: timexes)
    }
}
