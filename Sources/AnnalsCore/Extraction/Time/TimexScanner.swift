/// One time expression found by a `TimexScanner` rule, as a token range of its sentence.
struct TimexMatch: Sendable {
    /// Token range `first..<end`.
    var first: Int
    var end: Int
    var type: TimexType
    var value: String
    var date: DateSpan?
    /// The day it names, for later expressions anchored on the previous date ("the following day").
    var day: CalendarDay?
    /// A year written in the text, for later yearless dates nearby ("February 25th").
    var statedYear: Int?
    /// Scalar offsets within one token, for two expressions sharing a token ("1992/1993").
    var scalarRange: (start: Int, end: Int)?
    /// A quarter computed from another ("the year-ago quarter"): later "a year ago" does not count from it.
    var derivedQuarter = false
}

/// What earlier expressions of the same document tell later ones.
struct ScanContext: Sendable {
    /// The last day named in the text (absolute or resolved), with its sentence.
    var lastDay: CalendarDay?
    var lastDaySentence = -1
    /// The last year written in the text and the sentence that states it.
    var lastStatedYear: (year: Int, sentence: Int, token: Int)?
    /// The last fiscal quarter named (year, quarter): in quarterly reports "a year ago" means that quarter a year before.
    var lastQuarter: (year: Int, quarter: Int)?
    /// The year and month of the last date or period named (stated or resolved): "that year",
    /// "the following month" count from them.
    var lastYear: Int?
    var lastMonth: (year: Int, month: Int)?
    /// The last calendar date or period named, for "until then".
    var lastDate: (value: String, date: DateSpan?)?
}

/// Finds time expressions in the tokens of one sentence with dictionary lookups, trying at each
/// token the rules that can start there (`TimexTokenGate`) and keeping the longest match (ties:
/// the first rule in `TimexRule` order).
///
/// Complexity: O(tokens × rules), each rule looking at a bounded window of tokens.
struct TimexScanner {
    let lex: TimeLexicon
    private(set) var tokens: [Token]
    let dct: CalendarDay?
    private(set) var sentence: Int
    var context: ScanContext
    /// Each token's gate (start word, weak start word, the rules that can start at it, possessive,
    /// unit word), computed once.
    private(set) var gates: [TimexTokenGate] = []
    /// The rules that can match anywhere in the sentence: all but `quarter` when no word names one.
    private(set) var sentenceRules: TimexRuleMask = .all

    init(lex: TimeLexicon, tokens: [Token], dct: CalendarDay?, sentence: Int, context: ScanContext) {
        self.lex = lex
        self.tokens = tokens
        self.dct = dct
        self.sentence = sentence
        self.context = context
        prepare()
    }

    /// Moves the scanner on to the next sentence of the same document, keeping its context.
    ///
    /// Why not a new scanner per sentence: the lexicon is a struct of some twenty tables, and
    /// copying it into every sentence's scanner (and releasing it after) cost more than scanning
    /// most sentences.
    mutating func moveTo(tokens: [Token], sentence: Int) {
        self.tokens = tokens
        self.sentence = sentence
        prepare()
    }

    /// The per-token facts of the sentence, computed once.
    private mutating func prepare() {
        var reused = gates
        gates = []
        let mayNameQuarter = TimexScanner.gates(tokens, lex: lex, into: &reused)
        gates = reused
        // Every quarter the `quarter` rule returns needs one of these words in the sentence;
        // without them it is not tried (it was the costliest rule to fail, at every number).
        sentenceRules = mayNameQuarter ? .all : TimexRuleMask.all.subtracting(TimexRuleMask([.quarter]))
    }

    // MARK: token access

    /// Lower-cased token text, "" outside the sentence.
    func w(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].lower : "" }
    func kind(_ i: Int) -> Token.Kind? { i >= 0 && i < tokens.count ? tokens[i].kind : nil }
    /// Whether tokens i and i+1 touch (no space between them).
    func touching(_ i: Int) -> Bool { i >= 0 && i + 1 < tokens.count && tokens[i].end == tokens[i + 1].start }
    /// Index after an optional period glued to token i-1 ("Feb." / "a.m.").
    func skipGluedPeriod(_ i: Int) -> Int { w(i) == "." && touching(i - 1) ? i + 1 : i }

    /// A 4-digit year token value in 1000...2099 (no separators).
    func yearNumber(_ i: Int) -> Int? {
        guard kind(i) == .number else { return nil }
        let t = w(i)
        // `Int` reads ASCII only, so a byte count stands for the Character count here.
        guard t.utf8.count == 4, let y = Int(t), (1000...2099).contains(y) else { return nil }
        return y
    }

    /// A day-of-month token: "26", "26th", "twenty-sixth".
    func dayNumber(_ i: Int) -> Int? {
        let t = w(i)
        // `Int` reads ASCII only, so a byte count stands for the Character count here.
        if kind(i) == .number, t.utf8.count <= 2, let d = Int(t), (1...31).contains(d) { return d }
        if kind(i) == .alphanumeric, let d = lex.ordinal(t), (1...31).contains(d) { return d }
        if kind(i) == .word, let d = lex.ordinal(t), (1...31).contains(d) { return d }
        return nil
    }

    /// A month name at i, with the index after it (skipping an abbreviation's period).
    func month(_ i: Int) -> (month: Int, next: Int)? {
        guard kind(i) == .word, let m = lex.months[bare(i)] else { return nil }
        let t = bare(i)
        if t.count < 3 { return nil }
        // Lower-case "may"/"march"/"sun"... are ordinary words: months are capitalized in news.
        if !tokens[i].isCapitalized { return nil }
        // "Sept." keeps its period; after a full name ("in September.") the period ends the sentence.
        let abbreviated = lex.abbreviatedMonths.contains(t)
        return (m, abbreviated ? skipGluedPeriod(i + 1) : i + 1)
    }

    /// Whether one of tokens i..<i+width is in one of the lists of `facts` (from the gates):
    /// the rules' first, necessary test. Complexity: O(width).
    func listed(_ facts: TimexWordFacts, near i: Int, within width: Int) -> Bool {
        var k = max(i, 0)
        while k < min(tokens.count, i + width) {
            if !gates[k].facts.isDisjoint(with: facts) { return true }
            k += 1
        }
        return false
    }

    /// Whether one of tokens i..<i+width is a unit word (or a possessive of one).
    func unitNear(_ i: Int, within width: Int) -> Bool { listed(.unit, near: i, within: width) }

    /// Whether one of tokens i..<i+width is a month name.
    func monthNear(_ i: Int, within width: Int) -> Bool { listed(.month, near: i, within: width) }

    /// Whether one of tokens i..<i+width is a hyphenated word.
    func hyphenatedWordNear(_ i: Int, within width: Int) -> Bool {
        var k = max(i, 0)
        while k < min(tokens.count, i + width) {
            if gates[k].isHyphenatedWord { return true }
            k += 1
        }
        return false
    }

    /// Whether one of tokens i..<i+width is of the given kind.
    func kindNear(_ kind: Token.Kind, _ i: Int, within width: Int) -> Bool {
        var k = max(i, 0)
        while k < min(tokens.count, i + width) {
            if tokens[k].kind == kind { return true }
            k += 1
        }
        return false
    }

    // MARK: scanning

    /// All matches of the sentence, left to right, without overlaps.
    mutating func scan() -> [TimexMatch] {
        var found: [TimexMatch] = []
        var i = 0
        while i < tokens.count {
            guard mayStart(i), var best = bestMatch(at: i), let last = best.last, last.end > i else { i += 1; continue }
            if let floor = found.last?.end { best[0] = extendLeft(best[0], floor: floor) } else { best[0] = extendLeft(best[0], floor: 0) }
            for m in best { remember(m) }
            found.append(contentsOf: best)
            i = last.end
        }
        return found
    }

    /// Whether any rule may match at token i: digits, punctuation, hyphenated words and the words
    /// of `TimeLexicon.startWords` (with a possessive "'s" removed). Most words of a text are none
    /// of these, which spares trying every rule at them. Complexity: one set lookup.
    /// Function words ("the", "a", "in") open a match only when a word of substance follows within
    /// three tokens ("the following day", "in the past", "a week"), which skips most of them.
    /// Both facts come from the token gates computed once per sentence (no lookup here).
    func mayStart(_ i: Int) -> Bool {
        guard gates[i].startsAlone else { return false }
        guard gates[i].isWeak else { return true }
        var j = i + 1
        while j < min(tokens.count, i + 4) {
            if gates[j].startsAlone && !gates[j].isWeak { return true }
            j += 1
        }
        return false
    }

    /// The longest match starting at token i (several matches for a listed pair like "May 3 and 4"),
    /// trying only the rules of the token's gate whose first test can pass (`viableRules(at:)`),
    /// in priority order (ascending bits).
    func bestMatch(at i: Int) -> [TimexMatch]? {
        var best: [TimexMatch]?
        var bits = gates[i].rules.intersection(sentenceRules).intersection(viableRules(at: i)).rawValue
        while bits != 0 {
            let n = bits.trailingZeroBitCount
            bits &= bits - 1
            guard let rule = TimexRule(rawValue: n), let ms = run(rule, at: i), let end = ms.last?.end else { continue }
            if TimexScanner.titleSensitiveRules.rawValue & (1 << UInt32(n)) != 0, namesATitle(from: ms[0].first, to: ms[0].end) { continue }
            if end > (best?.last?.end ?? i) { best = ms }
        }
        return best
    }

    /// Records what a match tells later expressions.
    mutating func remember(_ m: TimexMatch) {
        if let d = m.day { context.lastDay = d; context.lastDaySentence = sentence }
        if let y = m.statedYear { context.lastStatedYear = (y, sentence, m.first) }
        // The year and month from the calendar date of the match (no value to parse): a month or a
        // day gives both, a longer period (a quarter, a week, a season) its year only.
        if let d = m.date, let y = d.start.year, d.start.precision != .decade, d.start.precision != .century {
            context.lastYear = y
            let single = d.end == nil && d.start.precision != .season
            context.lastMonth = single ? d.start.month.map { (y, $0) } : nil
            if m.type == .date { context.lastDate = (m.value, d) }
        }
        if !m.derivedQuarter, m.value.count == 7, m.value.dropFirst(4).hasPrefix("-Q"), let y = Int(m.value.prefix(4)), let q = Int(m.value.suffix(1)) {
            context.lastQuarter = (y, q)
        }
    }

    // MARK: modifiers

    /// Words before an expression that TimeML keeps in its span and that make it approximate.
    static let approximators: WordSet = ["about", "around", "nearly", "almost", "approximately", "roughly", "circa", "some", "over", "under", "more", "less", "early", "late", "mid", "mid-", "earlier", "later"]

    /// The words `extendLeft` takes into a span as approximate: single modifiers ("late",
    /// "about"), comparatives before "than" ("more than"), parts before "of" ("the end of").
    static let spanApproximators: WordSet = ["early", "late", "mid", "about", "around", "nearly", "almost", "approximately", "roughly", "circa"]
    static let comparatives: WordSet = ["more", "less", "fewer"]
    static let periodParts: WordSet = ["end", "beginning", "start", "middle", "close", "turn"]

    /// Extends a match over preceding modifiers ("late November", "about two years ago",
    /// "the end of 1990", "more than four decades", "mid-1990"), not past `floor`.
    func extendLeft(_ m: TimexMatch, floor: Int) -> TimexMatch {
        var m = m
        var approximate = false
        var i = m.first
        while i - 1 >= floor {
            let p = w(i - 1)
            if TimexScanner.spanApproximators.contains(p) {
                i -= 1; approximate = true; continue
            }
            if p == "-" && w(i - 2) == "mid" && touching(i - 2) && i - 2 >= floor { i -= 2; approximate = true; continue }
            if p == "than" && TimexScanner.comparatives.contains(w(i - 2)) && i - 2 >= floor {
                i -= 2; approximate = true
                // "no more than sixty days".
                if w(i - 1) == "no", i - 1 >= floor { i -= 1 }
                continue
            }
            // "at least 30 days", "up to 180 days", "at most a week": bounds of a duration.
            if m.type == .duration, i - 2 >= floor, w(i - 2) == "at" && (p == "least" || p == "most") || w(i - 2) == "up" && p == "to" {
                i -= 2; approximate = true; continue
            }
            if p == "." && w(i - 2) == "c" && touching(i - 2) && i - 2 >= floor && m.type == .date { i -= 2; approximate = true; continue }
            if p == "of", TimexScanner.periodParts.contains(w(i - 2)), i - 2 >= floor {
                i -= 2; approximate = true
                if w(i - 1) == "the", i - 1 >= floor { i -= 1 }
                continue
            }
            break
        }
        if i < m.first {
            m.first = i
            if approximate, var d = m.date, d.certainty == .stated {
                d.certainty = .approximate
                d.note = "stated approximately (\(tokens[i].text))"
                m.date = d
            }
        }
        return m
    }

    // MARK: building matches

    /// A match for a period resolved against the document date (or unanchored without one).
    func relative(_ first: Int, _ end: Int, _ g: Granule?, type: TimexType = .date, note: String = "counted from the document date") -> TimexMatch {
        guard let g else { return TimexMatch(first: first, end: end, type: type, value: "XXXX-XX-XX") }
        if dct == nil { return TimexMatch(first: first, end: end, type: type, value: g.unanchoredValue) }
        return TimexMatch(first: first, end: end, type: type, value: g.value, date: g.span(.inferred, note: note), day: dayOf(g))
    }

    /// A match for a period stated in full in the text.
    func stated(_ first: Int, _ end: Int, _ g: Granule, type: TimexType = .date, year: Int? = nil) -> TimexMatch {
        TimexMatch(first: first, end: end, type: type, value: g.value, date: g.span(.stated, note: nil), day: dayOf(g), statedYear: year)
    }

    func dayOf(_ g: Granule) -> CalendarDay? {
        switch g {
        case .day(let d), .partOfDay(let d, _), .clock(let d, _, _): return d
        default: return nil
        }
    }

    /// Whether the words around token i speak of the future ("will", "next", "scheduled").
    func futureNear(_ i: Int) -> Bool {
        for j in max(0, i - 8)..<min(tokens.count, i + 6) where lex.futureCues.contains(w(j)) { return true }
        return false
    }
}
