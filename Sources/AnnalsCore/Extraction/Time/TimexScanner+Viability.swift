/// A token's gate facts for `TimexScanner.viableRules(at:)` in one word: its word facts
/// (`TimexWordFacts`, bits 0-15) and bits for its kind, a hyphen and a number's separators, so
/// that the unions over nearby tokens are a few ORs.
enum TimexTraits {
    static let number: UInt32 = 1 << 16
    static let alphanumeric: UInt32 = 1 << 17
    static let hyphenatedWord: UInt32 = 1 << 18
    static let punctuation: UInt32 = 1 << 19
    static let slash: UInt32 = 1 << 20
    static let colon: UInt32 = 1 << 21

    @inline(__always)
    static func of(facts: TimexWordFacts, kind: Token.Kind, hyphenated: Bool, slash: Bool, colon: Bool) -> UInt32 {
        var t = UInt32(facts.rawValue)
        switch kind {
        case .number: t |= number
        case .alphanumeric: t |= alphanumeric
        case .punctuation: t |= punctuation
        case .word: break
        }
        if hyphenated { t |= hyphenatedWord }
        if slash { t |= Self.slash }
        if colon { t |= Self.colon }
        return t
    }
}

extension TimexScanner {
    /// The rules whose first test can pass at token i: each rule below opens with a necessary
    /// condition on the tokens near its first one (a unit word within seven tokens for a
    /// duration, a month within three for a month-first date, a number for a numeric date...);
    /// here all of them are read from the traits of tokens i..<i+7 (`TimexTraits`), and
    /// `bestMatch` calls only the rules left. Rules without such a test stay in the mask.
    ///
    /// Why: at a position where some rule may start, most of the rules its word lists allow fail
    /// their first test, and a rule call that returns nil still costs its frame and the copy of
    /// an empty `TimexMatch?` (some 220 bytes): about a hundred instructions each, on 130,000
    /// calls for 200 articles. Each test mirrors the guard at the top of its rule (the rules keep
    /// theirs): a rule dropped here would have returned nil, so the matches are the same.
    /// Complexity: O(1), seven words read and OR-ed.
    func viableRules(at i: Int) -> TimexRuleMask {
        gates.withUnsafeBufferPointer { g in
            let n = g.count
            @inline(__always) func at(_ d: Int) -> UInt32 { i + d < n ? g[i + d].traits : 0 }
            let t0 = g[i].traits, t1 = at(1), t2 = at(2), t3 = at(3), t4 = at(4), t5 = at(5), t6 = at(6)
            // Unions of the traits of tokens i+a ..< i+b, as `listed(_:near:within:)` reads them.
            let u0to2 = t0 | t1, u0to3 = u0to2 | t2, u0to4 = u0to3 | t3, u0to5 = u0to4 | t4
            let u0to7 = u0to5 | t5 | t6
            let u1to4 = t1 | t2 | t3, u1to5 = u1to4 | t4
            let u2to4 = t2 | t3
            @inline(__always) func has(_ union: UInt32, _ facts: TimexWordFacts) -> Bool { union & UInt32(facts.rawValue) != 0 }

            var dropped: UInt32 = 0
            @inline(__always) func drop(_ rule: TimexRule) { dropped |= 1 << UInt32(rule.rawValue) }
            let isNumber = t0 & TimexTraits.number != 0
            let hasSlash = t0 & TimexTraits.slash != 0
            let hyphenated = t0 & TimexTraits.hyphenatedWord != 0
            // numericDate: a number holding "/", or one before "-" (a punctuation token);
            // slashedYears: a number holding "/".
            if !isNumber || !hasSlash && t1 & TimexTraits.punctuation == 0 { drop(.numericDate) }
            if !isNumber || !hasSlash { drop(.slashedYears) }
            // clockTime at a number: a ":" in it or an hour follower after it ("5 pm", "4 o'clock").
            if isNumber && t0 & TimexTraits.colon == 0 && !has(t1, .hourFollower) { drop(.clockTime) }
            // reference: a one-word reference, or a listed second word after it.
            if !has(t0, .referenceSingle) && !has(t1, .referenceTail) { drop(.reference) }
            // anchoredOnPrevious: a unit or part of the day in the next two tokens, else
            // `weekdayFromPrevious`: a weekday rule's word two tokens on.
            if !has(t1 | t2, [.unit, .partOfDay])
                && !(i + 2 < n && g[i + 2].rules.rawValue & 1 << UInt32(TimexRule.weekday.rawValue) != 0) {
                drop(.anchoredOnPrevious)
            }
            // monthFirstDate: `monthNear(i, within: 3)`; dayFirstDate: `monthNear(i + 1, within: 4)`.
            if !has(u0to3, .month) { drop(.monthFirstDate) }
            if !has(u1to5, .month) { drop(.dayFirstDate) }
            // decadeOrCentury: an alphanumeric token or an ordinal within five.
            if u0to5 & TimexTraits.alphanumeric == 0 && !has(u0to5, .ordinal) { drop(.decadeOrCentury) }
            // season: `listed(.season, near: i, within: 3)`; year: `kindNear(.number, i, within: 3)`.
            if !has(u0to3, .season) { drop(.season) }
            if u0to3 & TimexTraits.number == 0 { drop(.year) }
            // writtenDate: the first tests of floatingHoliday, spelledYear, hyphenatedMonth, currentPeriod.
            if !has(u0to2, .floatingHolidayStart) && !has(u0to3, .number) && !hyphenated && !has(u2to4, .unit) {
                drop(.writtenDate)
            }
            // dayWord: a day word at i or i+3, or a part of the day at i before a day word.
            if !has(t0, .dayWord) && !has(t3, .dayWord) && !(has(t0, .partOfDay) && has(t1, .dayWord)) { drop(.dayWord) }
            // deictic: a unit or a part of the day among tokens i+1..<i+5.
            if !has(u1to5, [.unit, .partOfDay]) { drop(.deictic) }
            // agoOrLater: `unitNear(i, within: 4)`.
            if !has(u0to4, .unit) { drop(.agoOrLater) }
            // namedPeriod: its four branches' tests.
            if !hyphenated && !has(t0, .unit) && !has(t0, .then) && !has(t2, .half) && !has(u1to4, [.unit, .decadeWord]) {
                drop(.namedPeriod)
            }
            // duration: `unitNear(i, within: 7) || hyphenatedWordNear(i, within: 3)`.
            if !has(u0to7, .unit) && u0to3 & TimexTraits.hyphenatedWord == 0 { drop(.duration) }
            return TimexRuleMask(rawValue: TimexRuleMask.all.rawValue & ~dropped)
        }
    }
}
