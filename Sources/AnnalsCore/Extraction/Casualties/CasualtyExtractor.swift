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
        /// The figures of the last sentence read, reused when the next one needs its counts (boxed:
        /// handing the struct itself to each sentence copied all its arrays' references).
        var last: ReadSentence? = nil
        for (position, sentence) in sentences.enumerated() {
            // Most sentences hold no outcome word at all: skipped before they are tokenized.
            guard vocabulary.mayMatch(sentence.text) else { continue }
            let spans = Self.spans(of: sortedTimexes, overlapping: sentence)
            let figures = SentenceFigures(sentence: sentence, timeSpans: spans, rules: rules, tokens: sentenceTokens?[position])
            let previous = last
            // The sentence before is read only when a bare count may take its head ("Nine soldiers
            // were trapped. By Friday four had died"): reused when it was read for its own figures,
            // built otherwise (it then holds no outcome word, so it states no figure).
            figures.append(to: &result) {
                guard position > 0 else { return nil }
                if let previous, previous.position == position - 1 { return previous.figures }
                let before = sentences[position - 1]
                let words = sentenceTokens?[position - 1] ?? Tokenizer.tokenize(before.text, offset: before.start)
                // Only a people noun of a group of its own can lend its group: most sentences have none.
                guard words.indices.contains(where: { k in lexicon.peopleNouns.match(words, at: k).map { $0.value != .all } ?? false }) else { return nil }
                return SentenceFigures(sentence: before, timeSpans: Self.spans(of: sortedTimexes, overlapping: before), rules: rules, tokens: words)
            }
            last = ReadSentence(position: position, figures: figures)
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

/// A sentence whose figures were read, kept for the sentence after it (CasualtyExtractor.extract).
private final class ReadSentence {
    let position: Int
    let figures: SentenceFigures
    init(position: Int, figures: SentenceFigures) { self.position = position; self.figures = figures }
}
