import Foundation
import Yams

/// Reads `corrections.yaml`: a list of entries, each with one action key, a `reason` and an
/// optional `source` (publisher, url, date). Every error names the line.
///
/// ```yaml
/// - set-date: E2            # an event id or its title
///   date: 1992-02-26
///   reason: The date agreed by the court records.
/// - merge: [E3, E4]
///   reason: Same ceremony reported under two names.
/// - split: E2
///   file: b.txt
///   reason: This article describes a different attack.
/// - suppress: {file: a.txt, sentence: 4}
///   reason: The sentence quotes a rumour the outlet later retracted.
/// - add-figure: E2
///   outcome: killed
///   category: all
///   value: 485              # or low: / high:, and approximate: true
///   reason: Official count.
///   source: {publisher: Human Rights Watch, url: https://example.org, date: 1993-03-01}
/// - add-event: {type: agreement, title: Ceasefire agreement, date: 1994-05-12, place: Bishkek}
///   reason: Not reported in the corpus.
///   source: {publisher: UN, url: https://example.org}
/// ```
public enum CorrectionsFile {
    public static let fileName = "corrections.yaml"

    public static func load(_ url: URL) throws -> [Correction] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CorrectionError(file: url.lastPathComponent, line: 1, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CorrectionError(file: url.lastPathComponent, line: 1, message: "the file is not UTF-8 text")
        }
        return try parse(text, file: url.lastPathComponent)
    }

    public static func parse(_ text: String, file: String = fileName) throws -> [Correction] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw CorrectionError(file: file, line: error.line, message: "not valid YAML: \(error.problem)")
        }
        guard let root else { return [] }
        guard case .sequence(let entries) = root else {
            throw CorrectionError(file: file, line: root.mark?.line ?? 1, message: "the file must be a list of corrections, each starting with '- '")
        }
        return try entries.map { try entry($0, file: file) }
    }

    static let actions = ["set-date", "merge", "split", "suppress", "add-figure", "add-event"]

    static func entry(_ node: Node, file: String) throws -> Correction {
        let line = node.mark?.line ?? 1
        func fail(_ message: String, _ at: Node? = nil) -> CorrectionError {
            CorrectionError(file: file, line: at?.mark?.line ?? line, message: message)
        }
        guard let map = node.mapping else { throw fail("each correction is a mapping with an action key, such as 'set-date: E2'") }
        func value(_ key: String) -> Node? { map[Node(key)] }
        func string(_ key: String, in m: Node.Mapping? = nil) -> String? { (m ?? map)[Node(key)]?.string }
        let keys = map.keys.compactMap(\.string)
        let present = keys.filter { actions.contains($0) }
        guard present.count == 1, let action = present.first else {
            throw fail(present.isEmpty ? "no action: use one of \(actions.joined(separator: ", "))" : "one action per entry, found \(present.joined(separator: " and "))")
        }
        for k in keys where !actions.contains(k) && !["reason", "source", "date", "file", "outcome", "category", "value", "low", "high", "approximate"].contains(k) {
            throw fail("unknown key '\(k)'", map[Node(k)])
        }
        guard let reason = string("reason"), !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw fail("every correction needs a 'reason' saying why")
        }
        var source: Correction.ExternalSource?
        if let s = value("source") {
            guard let m = s.mapping else { throw fail("'source' must be a mapping with publisher, url and date", s) }
            source = .init(publisher: string("publisher", in: m), url: string("url", in: m), date: string("date", in: m))
        }
        let target = value(action)!
        func date(_ n: Node?) throws -> DateSpan {
            guard let text = n?.string, let d = PartialDate(timeMLValue: text), d.year != nil else {
                throw fail("'date' must be YYYY-MM-DD, YYYY-MM or YYYY", n)
            }
            if let y = d.year, let m = d.month, let day = d.day, !PartialDate.isValid(year: y, month: m, day: day) {
                throw fail("'\(text)' is not a calendar date", n)
            }
            return DateSpan(start: d)
        }
        let result: Correction.Action
        switch action {
        case "set-date":
            guard let event = target.string else { throw fail("'set-date' names one event (an id such as E2, or its title)", target) }
            result = .setDate(event: event, date: try date(value("date")))
        case "merge":
            guard let list = target.sequence?.compactMap(\.string), list.count >= 2 else { throw fail("'merge' lists two or more events: [E3, E4]", target) }
            result = .merge(events: list)
        case "split":
            guard let event = target.string, let f = string("file") else { throw fail("'split' names an event and a 'file' whose mentions move out", target) }
            result = .split(event: event, file: f)
        case "suppress":
            guard let m = target.mapping, let f = string("file", in: m), let s = m[Node("sentence")]?.int, s >= 1 else {
                throw fail("'suppress' takes {file: NAME, sentence: N} with N counted from 1", target)
            }
            result = .suppress(file: f, sentence: s)
        case "add-figure":
            guard let event = target.string else { throw fail("'add-figure' names one event", target) }
            guard let o = string("outcome").flatMap(Outcome.init(rawValue:)) else {
                throw fail("'outcome' must be one of \(Outcome.allCases.map(\.rawValue).joined(separator: ", "))", value("outcome"))
            }
            let category = CasualtyCategory(rawValue: string("category")?.lowercased() ?? "all")
            let exact = value("value")?.int, low = value("low")?.int, high = value("high")?.int
            let lo = exact ?? low, hi = exact ?? high
            guard lo != nil || hi != nil, (lo ?? 0) >= 0, (hi ?? 0) >= 0, lo == nil || hi == nil || lo! <= hi! else {
                throw fail("give 'value: N' or 'low:'/'high:' as whole numbers, low not above high", node)
            }
            result = .addFigure(event: event, outcome: o, category: category,
                                quantity: Quantity(low: lo, high: hi, approximate: value("approximate")?.bool ?? false))
        default: // add-event
            guard let m = target.mapping, let typeName = string("type", in: m), let type = EventType(rawValue: typeName), let title = string("title", in: m) else {
                throw fail("'add-event' takes {type: attack|battle|war|displacement|agreement|commemoration|other, title: ..., date: ..., place: ...}", target)
            }
            result = .addEvent(type: type, title: title, date: m[Node("date")] == nil ? nil : try date(m[Node("date")]),
                               place: string("place", in: m))
        }
        return Correction(action: result, reason: reason, source: source, line: line)
    }
}

extension YamlError {
    var line: Int {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): return mark.line
        default: return 1
        }
    }

    var problem: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _): return problem
        default: return "\(self)"
        }
    }
}
