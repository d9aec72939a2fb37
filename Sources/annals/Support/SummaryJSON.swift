import AnnalsCore
import Foundation

/// The `summary --format json` contract: sources, events and figures, each naming its sources.
struct SummaryJSON: Encodable {
    struct SourceEntry: Encodable {
        var number: Int
        var file: String
        var title: String?
        var publisher: String?
        var url: String?
        var published: String?
        var publishedCertainty: Certainty
        var publishedReasoning: String?
        var note: String?
        var removed: [RemovedText]
    }
    struct EventEntry: Encodable {
        var id: String
        var type: EventType
        var title: String
        var start: String?
        var end: String?
        var precision: DatePrecision?
        var certainty: Certainty
        var dateNote: String?
        var dateConflict: [DatedClaim]
        var place: String?
        var places: [String]
        var names: [String]
        var commemorates: String?
        var sources: [String]
        var mentions: [SourceReference]
        var dateSources: [SourceReference]

        enum CodingKeys: String, CodingKey {
            case id, type, title, start, end, precision, certainty, dateNote, dateConflict, place, places, names, commemorates, sources, mentions, dateSources
        }
        // Nulls are written, not omitted: `start: null` means no source dates the event.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id); try c.encode(type, forKey: .type); try c.encode(title, forKey: .title)
            try c.encode(start, forKey: .start); try c.encode(end, forKey: .end); try c.encode(precision, forKey: .precision)
            try c.encode(certainty, forKey: .certainty); try c.encode(dateNote, forKey: .dateNote)
            try c.encode(dateConflict, forKey: .dateConflict); try c.encode(place, forKey: .place); try c.encode(places, forKey: .places)
            try c.encode(names, forKey: .names); try c.encode(commemorates, forKey: .commemorates); try c.encode(sources, forKey: .sources)
            try c.encode(mentions, forKey: .mentions); try c.encode(dateSources, forKey: .dateSources)
        }
    }
    struct FigureEntry: Encodable {
        var event: String
        var outcome: Outcome
        var category: CasualtyCategory
        var low: Int?
        var best: Int?
        var high: Int?
        var approximate: Bool
        var sources: [String]
        var conflict: Bool
        var derived: Bool
        var values: [FigureValue]

        enum CodingKeys: String, CodingKey { case event, outcome, category, low, best, high, approximate, sources, conflict, derived, values }
        // Nulls are written, not omitted: `high: null` means open-ended.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(event, forKey: .event)
            try c.encode(outcome, forKey: .outcome)
            try c.encode(category, forKey: .category)
            try c.encode(low, forKey: .low)
            try c.encode(best, forKey: .best)
            try c.encode(high, forKey: .high)
            try c.encode(approximate, forKey: .approximate)
            try c.encode(sources, forKey: .sources)
            try c.encode(conflict, forKey: .conflict)
            try c.encode(derived, forKey: .derived)
            try c.encode(values, forKey: .values)
        }
    }
    struct BreakdownEntry: Encodable {
        var event: String
        var outcome: Outcome
        var total: Int
        var parts: [String: Int]
        var uncovered: Int?
        var exceedsTotal: Bool
        var sources: [String]
    }

    var sources: [SourceEntry]
    var events: [EventEntry]
    var figures: [FigureEntry]
    var breakdowns: [BreakdownEntry]
    var corrections: [AppliedCorrection]

    init(_ d: Digest) {
        sources = d.sources.map {
            SourceEntry(number: $0.number, file: $0.file, title: $0.title, publisher: $0.publisher, url: $0.url,
                        published: $0.published.date?.description, publishedCertainty: $0.published.certainty,
                        publishedReasoning: $0.published.reasoning, note: $0.note, removed: $0.removed)
        }
        events = d.events.map { e in
            let endValue = e.date?.end.flatMap { $0 != e.date?.start ? $0.description : nil }
            return EventEntry(id: e.id, type: e.type, title: e.title, start: e.date?.start.description, end: endValue,
                              precision: e.date?.precision, certainty: e.date?.certainty ?? .unknown, dateNote: e.date?.note,
                              dateConflict: e.dateConflict, place: e.places.first, places: e.places, names: e.names,
                              commemorates: e.commemorates, sources: e.sources, mentions: e.mentions, dateSources: e.dateSources)
        }
        figures = d.figures.map {
            FigureEntry(event: $0.event, outcome: $0.outcome, category: $0.category, low: $0.low, best: $0.best, high: $0.high,
                        approximate: $0.approximate, sources: $0.sources, conflict: $0.conflict, derived: $0.derived, values: $0.values)
        }
        breakdowns = d.breakdowns.map {
            BreakdownEntry(event: $0.event, outcome: $0.outcome, total: $0.total,
                           parts: Dictionary(uniqueKeysWithValues: $0.parts.map { ($0.key.rawValue, $0.value) }),
                           uncovered: $0.uncovered, exceedsTotal: $0.exceedsTotal, sources: $0.sources)
        }
        corrections = d.corrections
    }
}

enum JSONOutput {
    static func string<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
