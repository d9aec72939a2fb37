/// The rules of `TimexScanner`, in priority order (an earlier rule wins a tie on length).
///
/// Why an enum: each token carries a `TimexRuleMask` of the rules that can start at it, so the
/// scanner tries only those rules instead of all of them (most rules return nil at most tokens,
/// after several String dictionary lookups each).
enum TimexRule: Int, CaseIterable, Sendable {
    case numericDate, monthFirstDate, dayFirstDate, quarter, decadeOrCentury, season, year, slashedYears,
         holiday, writtenDate, dayWord, weekday, deictic, anchoredOnPrevious, agoOrLater,
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
        add(seasons.keys, [.season])
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
    /// The gate of each token: one lookup in `TimeLexicon.wordStarts` for its lower-case text and
    /// one more when its possessive-free form differs. Complexity: O(tokens).
    static func gates(_ tokens: [Token], bares: [String], lex: TimeLexicon) -> [TimexTokenGate] {
        var gates: [TimexTokenGate] = []
        gates.reserveCapacity(tokens.count)
        for (n, token) in tokens.enumerated() {
            let lower = lex.wordStarts[token.lower]
            // `bareForm` only ever drops a possessive ending, so equal lengths mean equal strings.
            let bare = bares[n].utf8.count == token.lower.utf8.count ? lower : lex.wordStarts[bares[n]]
            let hyphenated = token.kind == .word && token.lower.hasHyphen
            let startsAlone = token.kind != .word || (bare?.isStart ?? false) || hyphenated
            var rules = (lower?.rules ?? []).union(bare?.rules ?? [])
            switch token.kind {
            case .number: rules.formUnion(.number)
            case .alphanumeric: rules = .all
            case .word where hyphenated: rules.formUnion(.hyphenated)
            default: break
            }
            gates.append(TimexTokenGate(startsAlone: startsAlone, isWeak: lower?.isWeak ?? false, rules: rules))
        }
        return gates
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
        case .reference: return reference(i).map { [$0] }
        case .duration: return duration(i).map { [$0] }
        case .set: return set(i).map { [$0] }
        case .clockTime: return clockTime(i).map { [$0] }
        }
    }
}
