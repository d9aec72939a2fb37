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

    let lexicon: CasualtyLexicon
    let parser: NumberParser

    init(lexicon: CasualtyLexicon, parser: NumberParser) {
        self.lexicon = lexicon
        self.parser = parser
    }

    /// Casualty figures of one document. `timexes` are the document's time expressions (their spans are never read as counts). Returns mentions with absolute offsets; `partOf` indexes into the returned array.
    public func extract(sentences: [Sentence], timexes: [Timex]) -> [FigureMention] {
        var result: [FigureMention] = []
        let sortedTimexes = timexes.sorted { $0.start < $1.start }
        for sentence in sentences {
            let spans = sortedTimexes.filter { $0.start < sentence.end && $0.end > sentence.start }.map { $0.start..<$0.end }
            SentenceFigures(sentence: sentence, timeSpans: spans, lexicon: lexicon, parser: parser).append(to: &result)
        }
        return result
    }

    /// Figures of a single sentence (offsets absolute), for callers that work sentence by sentence.
    /// `partOf` indexes into the returned array.
    public func extract(sentence: Sentence, timexes: [Timex] = []) -> [FigureMention] {
        extract(sentences: [sentence], timexes: timexes)
    }
}
