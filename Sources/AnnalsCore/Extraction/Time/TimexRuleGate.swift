/// The rules of `TimexScanner`, in priority order (an earlier rule wins a tie on length).
///
/// Why an enum: each token carries a `TimexRuleMask` of the rules that can start at it, so the
/// scanner tries only those rules instead of all of them (most rules return nil at most tokens,
/// after several String dictionary lookups each).
enum TimexRule: Int, CaseIterable, Sendable {
    case numericDate, monthFirstDate, dayFirstDate, quarter, decadeOrCentury, season, year, slashedYears,
         holiday, writtenDate, dayWord, weekday, deictic, anchoredOnPrevious, agoOrLater, namedPeriod,
         // A listed reference phrase ("recent years") wins over the duration of the same words.
         reference, duration, set, clockTime
}

/// A set of `TimexRule`s, one bit a rule (bit n is the rule with raw value n, so ascending bits
/// are the priority order).
struct TimexRuleMask: OptionSet, Sendable {
    let rawValue: UInt32
    init(rawValue: UInt32) { self.rawValue = rawValue }
    init(_ rules: [TimexRule]) { rawValue = rules.reduce(0) { $0 | 1 << UInt32($1.rawValue) } }

    static let all = TimexRuleMask(TimexRule.allCases)
    /// The rules that read a number at their first token (digits: years, days, clock times, counts),
    /// besides those its text is listed for.
    static let number = TimexRuleMask([.numericDate, .dayFirstDate, .quarter, .decadeOrCentury, .year, .slashedYears,
                                       .writtenDate, .agoOrLater, .duration, .clockTime])
    /// The rules that take apart a hyphenated word at their first token ("third-quarter",
    /// "mid-November", "twenty-four", "two-year"), besides those its text is listed for.
    static let hyphenated = TimexRuleMask([.quarter, .writtenDate, .agoOrLater, .duration])
}

/// What one listed word tells the scanner: whether it may open an expression on its own
/// (start_words.txt and the other lists), whether it is a weak start word (a function word that
/// opens one only before a word of substance), and which rules can start at it.
struct TimexWordStart: Sendable {
    var isStart = false
    var isWeak = false
    var rules: TimexRuleMask = []
    /// The lists the word is in, for the rules' first tests.
    var facts: TimexWordFacts = []
}

/// The word lists a token's word is in (with or without a possessive "'s"), computed once per
/// token from the gate's lookup.
///
/// Why: most rules need a word of some list near their first token ("three *days*", "the 25th
/// of *May*", "*last* week"); testing a bit of the tokens nearby rejects most tries before any
/// String comparison or dictionary lookup. Each test is a necessary condition only: the rule
/// then reads the words as before.
struct TimexWordFacts: OptionSet, Sendable {
    let rawValue: UInt16
    init(rawValue: UInt16) { self.rawValue = rawValue }

    /// units.txt ("day", "years", "century").
    static let unit = TimexWordFacts(rawValue: 1 << 0)
    /// months.txt.
    static let month = TimexWordFacts(rawValue: 1 << 1)
    /// parts_of_day.txt ("morning", "night").
    static let partOfDay = TimexWordFacts(rawValue: 1 << 2)
    /// seasons.txt.
    static let season = TimexWordFacts(rawValue: 1 << 3)
    /// ordinals.txt ("third", "twentieth").
    static let ordinal = TimexWordFacts(rawValue: 1 << 4)
    /// numbers.txt ("nineteen", "two").
    static let number = TimexWordFacts(rawValue: 1 << 5)
    /// The first word of a floating holiday ("Thanksgiving", "Labor").
    static let floatingHolidayStart = TimexWordFacts(rawValue: 1 << 6)
    /// "today", "tonight", "yesterday", "tomorrow" (`TimexScanner.dayWordOffsets`).
    static let dayWord = TimexWordFacts(rawValue: 1 << 7)
    /// A word after the first of a reference phrase ("the *past*", "in the *future*").
    static let referenceTail = TimexWordFacts(rawValue: 1 << 8)
    /// decades.txt ("nineties").
    static let decadeWord = TimexWordFacts(rawValue: 1 << 9)
    /// "then" ("until then") and "half" ("the first half of 1990"), for `namedPeriod`'s first tests.
    static let then = TimexWordFacts(rawValue: 1 << 10)
    static let half = TimexWordFacts(rawValue: 1 << 11)
    /// `TimexScanner.hourFollowers` ("pm", "o'clock"): a number before one may be a clock time.
    static let hourFollower = TimexWordFacts(rawValue: 1 << 12)
    /// A reference phrase of one word ("now", "recently"): `reference` may match it alone.
    static let referenceSingle = TimexWordFacts(rawValue: 1 << 13)
}

/// Per token of a sentence, computed once by `TimexScanner.init` from one dictionary lookup
/// (two for a possessive): what `mayStart` and the rule dispatch need.
struct TimexTokenGate: Sendable {
    /// Digits, punctuation, hyphenated words and start words (with a possessive "'s" removed).
    var startsAlone: Bool
    /// A weak start word (`weak_start_words.txt`), looked up with its possessive.
    var isWeak: Bool
    /// The rules that can match starting at this token.
    var rules: TimexRuleMask
    /// Whether the token ends in a possessive "'s" / "’s", so that its bare form (`bare(_:)`)
    /// differs from its lower-case text: the bare form is made only for these few tokens.
    var isPossessive = false
    /// The word facts below, the token's kind and a number's separators in one word
    /// (`TimexTraits`), so that `viableRules(at:)` unions nearby tokens with a few ORs.
    var traits: UInt32 = 0

    /// The lists its lower-case text or its bare form is in (the union of both).
    var facts: TimexWordFacts { TimexWordFacts(rawValue: UInt16(truncatingIfNeeded: traits)) }
    /// A word holding a "-" ("two-year", "mid-November").
    var isHyphenatedWord: Bool { traits & TimexTraits.hyphenatedWord != 0 }
    /// A number token holding a "/" ("3/14/2007", "1992/93") or a ":" ("10:30"): the first tests
    /// of the slash and clock rules (`viableRules(at:)`). False for other kinds.
    var hasSlash: Bool { traits & TimexTraits.slash != 0 }
    var hasColon: Bool { traits & TimexTraits.colon != 0 }
}

extension TimeLexicon {
    /// The words each rule reads at its first token, besides the word lists (`starts(_:)`).
    /// They mirror the literal words in the rules' code (`TimexScanner+Dates.swift` and its
    /// siblings): a rule is tried at a token only when the token's lower-case text (or its form
    /// without a possessive) is one of the words listed for it here or in its lists, or when the
    /// token is a number or a hyphenated word (`TimexRuleMask.number`, `.hyphenated` are added) or an
    /// alphanumeric token ("25th", "1990s", "5pm": every rule is tried).
    /// A word missing here would silently disable a rule at that word, so when a rule learns a new
    /// leading word, add it here too.
    static let ruleLeadWords: [TimexRule: [String]] = [
        .monthFirstDate: ["last", "next", "this", "that"],
        .dayFirstDate: ["the"],
        .quarter: ["this", "next", "last", "the", "its", "a", "that", "year-ago", "year-earlier", "comparable", "fiscal"],
        .decadeOrCentury: ["the", "early", "late", "mid", "'", "’"],
        .season: ["last", "this", "next", "the", "that", "past"],
        .year: ["fiscal", "calendar", "the", "year"],
        .writtenDate: ["last", "next", "this", "the", "year", "its", "two"],
        .dayWord: ["the", "today", "tonight", "yesterday", "tomorrow"],
        .weekday: ["last", "next", "this", "past", "coming"],
        .deictic: ["earlier", "later", "this", "last", "next", "coming", "past", "previous", "the"],
        .anchoredOnPrevious: ["the", "that"],
        .agoOrLater: ["a", "an"],
        .namedPeriod: ["the", "its", "year", "year-end", "yearend", "then"],
        .duration: ["the", "a", "an"] + TimexScanner.durationLeads.words,
        .set: ["every", "each", "per", "a", "an"],
        .clockTime: ["noon", "midday", "midnight"],
    ]

    /// Builds `wordStarts` from the loaded lists, `startWords`, `weakStartWords` and
    /// `ruleLeadWords`. Run once at load time.
    mutating func buildWordStarts() {
        var table: [String: TimexWordStart] = [:]
        func add<S: Sequence>(_ words: S, _ rules: [TimexRule]) where S.Element == String {
            let mask = TimexRuleMask(rules)
            for word in words { table[word, default: TimexWordStart()].rules.formUnion(mask) }
        }
        add(months.keys, [.monthFirstDate])
        add(weekdays.keys, [.monthFirstDate, .dayFirstDate, .weekday])
        add(ordinals.keys, [.dayFirstDate, .quarter, .decadeOrCentury])
        // Cardinals: counts of durations and "ago" expressions, spelled years ("nineteen ...").
        add(numbers.keys, [.writtenDate, .agoOrLater, .duration])
        add(vagueQuantities.words, [.agoOrLater, .duration])
        add(units.keys, [.duration])
        func mark<S: Sequence>(_ words: S, _ fact: TimexWordFacts) where S.Element == String {
            for word in words { table[word, default: TimexWordStart()].facts.insert(fact) }
        }
        mark(units.keys, .unit)
        mark(months.keys, .month)
        mark(partsOfDay.keys, .partOfDay)
        mark(seasons.keys, .season)
        mark(ordinals.keys, .ordinal)
        mark(numbers.keys, .number)
        mark(floatingHolidayFirstWords.words, .floatingHolidayStart)
        mark(TimexScanner.dayWordOffsets.keys, .dayWord)
        mark(references.keys.flatMap { $0.dropFirst() }, .referenceTail)
        mark(decadeWords.keys, .decadeWord)
        mark(["then"], .then)
        mark(["half"], .half)
        mark(TimexScanner.hourFollowers.words, .hourFollower)
        mark(references.keys.filter { $0.count == 1 }.compactMap(\.first), .referenceSingle)
        add(seasons.keys, [.season])
        // "mid-afternoon yesterday": a part of the day opens a day word's match.
        add(partsOfDay.keys, [.dayWord])
        add(sets.keys, [.set])
        // Each phrase rule at the first words of its own list only (a holiday's first word is
        // the first word of the phrase looked up, with or without merged apostrophes).
        add(holidayFirstWords.words, [.holiday])
        add(floatingHolidayFirstWords.words, [.writtenDate])
        add(references.keys.compactMap(\.first), [.reference])
        for (rule, words) in TimeLexicon.ruleLeadWords { add(words, [rule]) }
        for word in startWords.words { table[word, default: TimexWordStart()].isStart = true }
        for word in weakStartWords.words { table[word, default: TimexWordStart()].isWeak = true }
        wordStarts = WordTable(table)
    }
}

extension TimexScanner {
    /// The gate of each token, written into `gates` (emptied first, its storage kept from
    /// sentence to sentence); returns whether the sentence may name a quarter. One pass over each
    /// token's UTF-8 bytes: one lookup in `TimeLexicon.wordStarts` for its lower-case text and
    /// one more for a possessive's bare form. Complexity: O(bytes of the tokens).
    ///
    /// Why one pass over the bytes: the gates, the bare forms and the quarter check each walked
    /// every token's text through the String API (with retain/release and a String array of bare
    /// forms per sentence), a hundred million instructions on 200 articles.
    static func gates(_ tokens: [Token], lex: TimeLexicon, into gates: inout [TimexTokenGate]) -> Bool {
        gates.removeAll(keepingCapacity: true)
        gates.reserveCapacity(tokens.count)
        var quarter = false
        let small = SmallASCII.isAvailable
        for n in tokens.indices {
            let kind = tokens[n].kind
            let read: (TimexWordStart?, Bool, Bool)
            if let (words, count) = SmallASCII.words(of: tokens[n].lower, available: small) {
                read = readWords(words, count: count, kind: kind, lex: lex, quarter: &quarter)
            } else if let fast = tokens[n].lower.utf8.withContiguousStorageIfAvailable({ readBytes($0, kind: kind, lex: lex, quarter: &quarter) }) {
                read = fast
            } else {
                var copy = tokens[n].lower
                copy.makeContiguousUTF8()
                read = copy.withUTF8 { readBytes($0, kind: kind, lex: lex, quarter: &quarter) }
            }
            let (lower, possessive, hyphenated) = read
            let separators = kind == .number ? numberSeparators(tokens[n].lower, small: small) : (slash: false, colon: false)
            // `bareForm` only ever drops a possessive ending (rare): look the bare form up only then.
            let bare = possessive ? lex.wordStarts[bareForm(tokens[n].lower)] : lower
            let startsAlone = kind != .word || (bare?.isStart ?? false) || hyphenated
            var rules = (lower?.rules ?? []).union(bare?.rules ?? [])
            switch kind {
            case .number: rules.formUnion(.number)
            case .alphanumeric: rules = .all
            case .word where hyphenated: rules.formUnion(.hyphenated)
            default: break
            }
            gates.append(TimexTokenGate(startsAlone: startsAlone, isWeak: lower?.isWeak ?? false, rules: rules, isPossessive: possessive,
                                        traits: TimexTraits.of(facts: (lower?.facts ?? []).union(bare?.facts ?? []), kind: kind, hyphenated: hyphenated,
                                                               slash: separators.slash, colon: separators.colon)))
        }
        return quarter
    }

    /// What one token's lower-case bytes tell: its `wordStarts` entry, whether it ends in a
    /// possessive, whether it is a hyphenated word; sets `quarter` when the word may name a quarter.
    @inline(__always)
    private static func readBytes(_ u: UnsafeBufferPointer<UInt8>, kind: Token.Kind, lex: TimeLexicon,
                                  quarter: inout Bool) -> (TimexWordStart?, Bool, Bool) {
        let isWord = kind == .word
        if !quarter && isWord && u.count >= 6 { quarter = mayNameQuarter(u) }
        return (lex.wordStarts[utf8: u], endsInPossessive(u), isWord && u.contains(UInt8(ascii: "-")))
    }

    /// Whether a number token's text holds a "/" and a ":" (from its words when it is short, as
    /// nearly all are). Complexity: O(bytes).
    @inline(__always)
    private static func numberSeparators(_ text: String, small: Bool) -> (slash: Bool, colon: Bool) {
        if let (words, _) = SmallASCII.words(of: text, available: small) {
            // Bytes past the count are zero, never a separator.
            return (SmallASCII.bytesEqual(words.low, UInt8(ascii: "/")) | SmallASCII.bytesEqual(words.high, UInt8(ascii: "/")) != 0,
                    SmallASCII.bytesEqual(words.low, UInt8(ascii: ":")) | SmallASCII.bytesEqual(words.high, UInt8(ascii: ":")) != 0)
        }
        return (text.utf8.contains(UInt8(ascii: "/")), text.utf8.contains(UInt8(ascii: ":")))
    }

    /// `readBytes` for a small ASCII string's words (`SmallASCII`): the bytes read in place, the
    /// hyphen found eight bytes at a time, the possessive from the last two bytes (an ASCII word
    /// can only end in "'s"). The same answers as `readBytes`.
    @inline(__always)
    private static func readWords(_ words: SmallASCII.Words, count: Int, kind: Token.Kind, lex: TimeLexicon,
                                  quarter: inout Bool) -> (TimexWordStart?, Bool, Bool) {
        let isWord = kind == .word
        let entry: TimexWordStart? = withUnsafeBytes(of: words) { raw in
            let u = UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)
            if !quarter && isWord && count >= 6 { quarter = mayNameQuarter(u) }
            return lex.wordStarts[utf8: u]
        }
        // Bytes past `count` are zero, never "-" or "s".
        let hyphenated = isWord && SmallASCII.bytesEqual(words.low, UInt8(ascii: "-")) | SmallASCII.bytesEqual(words.high, UInt8(ascii: "-")) != 0
        var possessive = false
        if count > 2 {
            let pair = count >= 10 ? words.high >> (8 * UInt64(count - 10)) : count == 9 ? words.low >> 56 | words.high << 8 : words.low >> (8 * UInt64(count - 2))
            possessive = pair & 0xFFFF == UInt64(UInt8(ascii: "'")) | UInt64(UInt8(ascii: "s")) << 8
        }
        return (entry, possessive, hyphenated)
    }

    /// Whether a word's bytes end in "'s" or "’s" (three bytes or more): exactly when `bareForm`
    /// returns a shorter string.
    @inline(__always)
    static func endsInPossessive(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = u.count
        guard n > 2, u[n - 1] == UInt8(ascii: "s") else { return false }
        if u[n - 2] == UInt8(ascii: "'") { return true }
        return n >= 4 && u[n - 2] == 0x99 && u[n - 3] == 0x80 && u[n - 4] == 0xE2
    }

    /// Whether a word's bytes (six or more) are "period", "year-ago", "year-earlier" or hold
    /// "quarter" ("third-quarter", "fiscal-first-quarter"): the `quarter` rule matches nothing
    /// in a sentence without one. Complexity: O(bytes).
    static func mayNameQuarter(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        if equals(u, "period") || equals(u, "year-ago") || equals(u, "year-earlier") { return true }
        let quarter: StaticString = "quarter"
        let q = quarter.utf8Start, length = quarter.utf8CodeUnitCount
        guard u.count >= length else { return false }
        for start in 0...(u.count - length) where u[start] == q[0] {
            var k = 1
            while k < length && u[start + k] == q[k] { k += 1 }
            if k == length { return true }
        }
        return false
    }

    /// Whether the bytes are those of an ASCII literal (a `StaticString`: no array to load).
    @inline(__always)
    private static func equals(_ u: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard u.count == word.utf8CodeUnitCount else { return false }
        let p = word.utf8Start
        for k in 0..<u.count where u[k] != p[k] { return false }
        return true
    }

    /// Runs one rule at token i.
    func run(_ rule: TimexRule, at i: Int) -> [TimexMatch]? {
        switch rule {
        case .numericDate: return numericDate(i).map { [$0] }
        case .monthFirstDate: return monthFirstDate(i)
        case .dayFirstDate: return dayFirstDate(i).map { [$0] }
        case .quarter: return quarter(i).map { [$0] }
        case .decadeOrCentury: return decadeOrCentury(i).map { [$0] }
        case .season: return season(i).map { [$0] }
        case .year: return year(i).map { [$0] }
        case .slashedYears: return slashedYears(i)
        case .holiday: return holiday(i).map { [$0] }
        case .writtenDate: return writtenDate(i).map { [$0] }
        case .dayWord: return dayWord(i).map { [$0] }
        case .weekday: return weekday(i).map { [$0] }
        case .deictic: return deictic(i).map { [$0] }
        case .anchoredOnPrevious: return anchoredOnPrevious(i).map { [$0] }
        case .agoOrLater: return agoOrLater(i).map { [$0] }
        case .namedPeriod: return namedPeriod(i).map { [$0] }
        case .reference: return reference(i).map { [$0] }
        case .duration: return duration(i).map { [$0] }
        case .set: return set(i).map { [$0] }
        case .clockTime: return clockTime(i).map { [$0] }
        }
    }
}
