@testable import AnnalsCore

/// Builds extraction results by hand, so aggregation is tested apart from extraction.
struct DocumentBuilder {
    var file: String
    var dct: PartialDate?
    var sentences: [Sentence] = []
    var events: [EventMention] = []
    var figures: [FigureMention] = []
    private var offset = 0

    init(_ file: String, dct: PartialDate? = nil) {
        self.file = file
        self.dct = dct
    }

    /// Adds a sentence and returns its index.
    @discardableResult
    mutating func sentence(_ text: String) -> Int {
        let n = text.unicodeScalars.count
        sentences.append(Sentence(index: sentences.count, start: offset, end: offset + n, text: text))
        offset += n + 1
        return sentences.count - 1
    }

    mutating func event(_ type: EventType, _ trigger: String, in s: Int, date: DateSpan? = nil, places: [String] = [], names: [String] = [],
                        relation: EventRelation? = nil, related: Int? = nil, figures: [Int] = []) {
        let sentence = sentences[s]
        let start = sentence.start + (sentence.text.range(of: trigger).map { sentence.text.unicodeScalars.distance(from: sentence.text.unicodeScalars.startIndex, to: $0.lowerBound) } ?? 0)
        events.append(EventMention(start: start, end: start + trigger.unicodeScalars.count, text: trigger, type: type, sentence: s,
                                   date: date, places: places, names: names, figures: figures, relation: relation, relatedMention: related))
    }

    @discardableResult
    mutating func figure(_ outcome: Outcome, _ category: CasualtyCategory, _ q: Quantity, in s: Int, partOf: Int? = nil, place: String? = nil) -> Int {
        let sentence = sentences[s]
        figures.append(FigureMention(start: sentence.start, end: sentence.end, text: sentence.text, outcome: outcome, category: category,
                                     quantity: q, sentence: s, partOf: partOf, place: place))
        return figures.count - 1
    }

    var extraction: DocumentExtraction {
        DocumentExtraction(file: file, dct: dct.map { DocumentDate(date: $0, certainty: .stated) } ?? .unknown,
                           sentences: sentences, figures: figures, events: events)
    }

    var metadata: SourceMetadata { SourceMetadata(file: file, publisher: "Publisher of \(file)", published: dct) }
}

func day(_ y: Int?, _ m: Int, _ d: Int) -> DateSpan { DateSpan(start: PartialDate(year: y, month: m, day: d)) }
func year(_ y: Int) -> DateSpan { DateSpan(start: PartialDate(year: y)) }

func aggregate(_ docs: [DocumentBuilder]) -> Digest {
    Aggregator().aggregate(docs.map(\.extraction), metadata: docs.map(\.metadata))
}
