/// TempEval-3 Task A figures for time expressions, summed over documents.
///
/// Extraction is scored strictly (same span) and relaxed (overlapping spans, each gold and system
/// expression matched at most once). Type and value are scored over relaxed matches: accuracy is
/// correct / relaxed matches; attribute F1 uses P = correct / system, R = correct / gold.
public struct TimexScore: Hashable, Sendable {
    public var gold = 0
    public var system = 0
    public var strictMatches = 0
    public var relaxedMatches = 0
    public var typeCorrect = 0
    public var valueCorrect = 0

    public init() {}

    public static func + (a: TimexScore, b: TimexScore) -> TimexScore {
        var s = TimexScore()
        s.gold = a.gold + b.gold
        s.system = a.system + b.system
        s.strictMatches = a.strictMatches + b.strictMatches
        s.relaxedMatches = a.relaxedMatches + b.relaxedMatches
        s.typeCorrect = a.typeCorrect + b.typeCorrect
        s.valueCorrect = a.valueCorrect + b.valueCorrect
        return s
    }

    /// Precision, recall and F1 of `correct` against the system and gold counts.
    public struct PRF: Hashable, Sendable {
        public var precision: Double
        public var recall: Double
        public var f1: Double

        init(correct: Int, system: Int, gold: Int) {
            precision = system == 0 ? 0 : Double(correct) / Double(system)
            recall = gold == 0 ? 0 : Double(correct) / Double(gold)
            f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
    }

    public var strict: PRF { PRF(correct: strictMatches, system: system, gold: gold) }
    public var relaxed: PRF { PRF(correct: relaxedMatches, system: system, gold: gold) }
    public var type: PRF { PRF(correct: typeCorrect, system: system, gold: gold) }
    public var value: PRF { PRF(correct: valueCorrect, system: system, gold: gold) }
    public var typeAccuracy: Double { relaxedMatches == 0 ? 0 : Double(typeCorrect) / Double(relaxedMatches) }
    public var valueAccuracy: Double { relaxedMatches == 0 ? 0 : Double(valueCorrect) / Double(relaxedMatches) }
}

/// One document's errors, for a verbose report.
public struct TimexErrors: Sendable {
    public var document: String
    /// Gold expressions no system expression overlaps.
    public var misses: [TimeMLDocument.Annotation] = []
    /// System expressions overlapping no gold expression.
    public var spurious: [TimeMLDocument.Annotation] = []
    /// Relaxed matches whose value differs: (gold, system).
    public var wrongValues: [(gold: TimeMLDocument.Annotation, system: TimeMLDocument.Annotation)] = []
    /// Relaxed matches whose type differs: (gold, system).
    public var wrongTypes: [(gold: TimeMLDocument.Annotation, system: TimeMLDocument.Annotation)] = []

    public init(document: String) { self.document = document }
}

/// Scores system time expressions against gold ones for one document.
public enum TimexScorer {
    /// Complexity: O(g + s) after sorting both lists by offset (a sweep over both).
    public static func score(gold: [TimeMLDocument.Annotation], system: [TimeMLDocument.Annotation], document: String = "") -> (TimexScore, TimexErrors) {
        let g = gold.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        let s = system.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var score = TimexScore()
        score.gold = g.count
        score.system = s.count
        var errors = TimexErrors(document: document)
        var usedSystem = Set<Int>()
        var j = 0
        for gi in g {
            while j < s.count, s[j].end <= gi.start { j += 1 }
            // The first unused overlapping system expression, preferring an exact span.
            var pick: Int?
            var k = j
            while k < s.count, s[k].start < gi.end {
                if !usedSystem.contains(k), s[k].end > gi.start {
                    if s[k].start == gi.start && s[k].end == gi.end { pick = k; break }
                    if pick == nil { pick = k }
                }
                k += 1
            }
            guard let p = pick else { errors.misses.append(gi); continue }
            usedSystem.insert(p)
            let si = s[p]
            score.relaxedMatches += 1
            if si.start == gi.start && si.end == gi.end { score.strictMatches += 1 }
            if si.type == gi.type { score.typeCorrect += 1 } else { errors.wrongTypes.append((gi, si)) }
            if si.value == gi.value { score.valueCorrect += 1 } else { errors.wrongValues.append((gi, si)) }
        }
        errors.spurious = s.indices.filter { !usedSystem.contains($0) }.map { s[$0] }
        return (score, errors)
    }
}

extension TimeMLDocument.Annotation {
    /// A system expression in the form the scorer compares.
    public init(_ timex: Timex) {
        self.init(start: timex.start, end: timex.end, text: timex.text, type: timex.type.rawValue, value: timex.value)
    }
}
