import Foundation
import Testing
@testable import AnnalsCore

@Suite("Extraction cache codec")
struct ExtractionCodecTests {
    /// An extraction with every field set, optional ones both present and absent.
    static var sample: DocumentExtraction {
        let day = PartialDate(year: 2009, month: 3, day: 14)
        let span = DateSpan(start: day, end: PartialDate(year: 2009, month: 3, day: 16), certainty: .inferred, note: "range stated by a later sentence")
        var x = DocumentExtraction(file: "harbour/ferry-fire.txt", dct: DocumentDate(date: PartialDate(year: 2009, month: 3), certainty: .inferred, reasoning: "dateline"))
        x.removed = [RemovedText(start: 0, end: 12, text: "Subscribe now", reason: .paywall)]
        x.sentences = [Sentence(index: 0, start: 13, end: 80, text: "A ferry fire off Velmora killed 31 people — “the worst in decades”."),
                       Sentence(index: 1, start: 81, end: 120, text: "Ünal Kaya, 54, was among −3 °C survivors.")]
        x.timexes = [Timex(start: 20, end: 28, text: "Saturday", type: .date, value: "2009-03-14", sentence: 0, date: DateSpan(start: day)),
                     Timex(start: 90, end: 95, text: "weeks", type: .duration, value: "P2W")]
        x.ranges = [TimeRange(start: 30, end: 50, text: "14 to 16 March", sentence: 0, span: span)]
        var quantity = Quantity(low: 31, high: nil)
        quantity.approximate = true
        x.figures = [FigureMention(start: 40, end: 49, text: "killed 31", outcome: .killed, category: .all, quantity: quantity, sentence: 0,
                                   partOf: 2, place: "Velmora"),
                     FigureMention(start: 50, end: 52, text: "-7", outcome: .wounded, category: "crew", quantity: Quantity(exactly: Int.min + 1), sentence: 1)]
        x.events = [EventMention(start: 20, end: 24, text: "fire", type: .attack, sentence: 0, date: span, dateText: "that weekend",
                                 places: ["Velmora", "Port Aster"], names: ["Operation Tidewall"], figures: [0, 1], relation: .commemorates,
                                 relatedMention: 1, participants: ["coast guard"], isRelativeToDocumentDate: true),
                    EventMention(start: 60, end: 65, text: "vigil", type: .commemoration, sentence: 1)]
        return x
    }

    @Test("Every field survives the round trip")
    func roundTrip() throws {
        let x = Self.sample
        #expect(try ExtractionCodec.decode(ExtractionCodec.encode(x)) == x)
        let empty = DocumentExtraction(file: "", dct: .unknown)
        #expect(try ExtractionCodec.decode(ExtractionCodec.encode(empty)) == empty)
    }

    @Test("Truncated, extended or foreign data is refused, never half read")
    func malformed() {
        let data = ExtractionCodec.encode(Self.sample)
        #expect(throws: (any Error).self) { try ExtractionCodec.decode(data.prefix(data.count - 3)) }
        #expect(throws: (any Error).self) { try ExtractionCodec.decode(data + Data([0])) }
        #expect(throws: (any Error).self) { try ExtractionCodec.decode(Data("{\"file\":\"a.txt\"}".utf8)) }
    }

    /// The codec writes fields by hand: a field added to a model type must be added to it too
    /// (and `RulesFingerprint.schemaVersion` bumped), or cached results would silently lose it.
    @Test("The codec knows every stored field of the model types")
    func fieldCounts() {
        let x = Self.sample
        func fields(_ value: Any) -> Int { Mirror(reflecting: value).children.count }
        #expect(fields(x) == 8)
        #expect(fields(x.dct) == 3)
        #expect(fields(x.removed[0]) == 4)
        #expect(fields(x.sentences[0]) == 4)
        #expect(fields(x.timexes[0]) == 7)
        #expect(fields(x.ranges[0]) == 5)
        #expect(fields(x.figures[0]) == 9)
        #expect(fields(x.figures[0].quantity) == 3)
        #expect(fields(x.events[0]) == 14)
        #expect(fields(x.ranges[0].span) == 4)
        #expect(fields(x.ranges[0].span.start) == 4)
    }
}
