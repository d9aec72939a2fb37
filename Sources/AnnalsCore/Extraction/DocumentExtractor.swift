import Foundation

/// Runs the extraction stage on one article: boilerplate removal, sentences, time expressions,
/// casualty figures and events, all with offsets into the file's text.
public struct DocumentExtractor: Sendable {
    public init() {}

    public func extract(_ article: Article) -> DocumentExtraction {
        // The text's scalars, decoded once for boilerplate removal and sentence splitting.
        let scalars = ScalarText.scalars(of: article.text)
        let cleaned = BoilerplateCleaner.shared.clean(scalars: scalars, bodyStart: article.bodyStart, title: article.metadata.title)
        let sentences = SentenceSplitter.shared.split(scalars, text: article.text, kept: cleaned.kept)
        var dct = DocumentDate.unknown
        if let published = article.metadata.published {
            dct = DocumentDate(date: published, certainty: .stated, reasoning: "publication date in the source list")
        }
        // Every stage reads the same tokens: each sentence is tokenized once.
        let tokens = sentences.map { Tokenizer.tokenize($0.text, offset: $0.start) }
        var time = TemporalTagger.shared.tag(sentences: sentences, tokens: tokens, documentDate: dct.date)
        if dct.date == nil, let inferred = DocumentDateInference.infer(sentences: sentences, timexes: time.timexes, tokens: tokens) {
            // Anchor the relative expressions on the inferred date, which stays marked as inferred.
            dct = inferred
            time = TemporalTagger.shared.tag(sentences: sentences, tokens: tokens, documentDate: inferred.date)
        }
        var figures = CasualtyExtractor.shared.extract(sentences: sentences, timexes: time.timexes, tokens: tokens)
        let events = EventExtractor.shared.extract(sentences: sentences, timexes: time.timexes.map(Self.eventDate),
                                                   ranges: time.ranges.map(Self.eventRange), figures: &figures, tokens: tokens)
        return DocumentExtraction(file: article.file, dct: dct, removed: cleaned.removed, sentences: sentences,
                                  timexes: time.timexes, ranges: time.ranges, figures: figures, events: events)
    }

    /// The TimeML convention gives a date written without a year the document's year; an event is
    /// not dated that way. A past happening named in a news article ("October 7th") is often years
    /// older than the article, so for events such a year is dropped (`XXXX-10-07`) rather than invented.
    static func eventDate(_ timex: Timex) -> Timex {
        var t = timex
        t.date = t.date.map(withoutDocumentYear)
        return t
    }

    static func eventRange(_ range: TimeRange) -> TimeRange {
        var r = range
        r.span = withoutDocumentYear(r.span)
        return r
    }

    static func withoutDocumentYear(_ span: DateSpan) -> DateSpan {
        guard span.certainty == .inferred, span.note == TemporalTagger.documentYearNote, span.start.month != nil else { return span }
        var s = span
        s.start.year = nil
        if s.end != nil { s.end!.year = nil }
        s.certainty = .stated
        s.note = nil
        return s
    }
}

extension TemporalTagger {
    /// The note the tagger gives a month or day whose year it took from the document date.
    public static let documentYearNote = "year taken from the document date"
}
