extension TimexScanner {
    /// The rules whose first test can pass at token i: each rule below opens with a necessary
    /// condition on the tokens near its first one (a unit word within seven tokens for a
    /// duration, a month within three for a month-first date, a number for a numeric date...);
    /// here all of them are read from one pass over the gates of tokens i..<i+7, and `bestMatch`
    /// calls only the rules left. Rules without such a test stay in the mask.
    ///
    /// Why: at a position where some rule may start, most of the rules its word lists allow fail
    /// their first test, and a rule call that returns nil still costs its frame and the copy of
    /// an empty `TimexMatch?` (some 220 bytes): about a hundred instructions each, on 130,000
    /// calls for 200 articles. Each test mirrors the guard at the top of its rule (the rules keep
    /// theirs): a rule dropped here would have returned nil, so the matches are the same.
    /// Complexity: O(1), at most seven gates read.
    func viableRules(at i: Int) -> TimexRuleMask {
        var f = SIMD8<UInt16>()
        var numberWithin3 = false, alphanumericWithin5 = false, hyphenatedWithin3 = false
        var k = i
        let end = min(tokens.count, i + 7)
        while k < end {
            let d = k - i
            f[d] = gates[k].facts.rawValue
            if d < 5 {
                let kind = tokens[k].kind
                if kind == .alphanumeric { alphanumericWithin5 = true }
                if d < 3 {
                    if kind == .number { numberWithin3 = true }
                    if gates[k].isHyphenatedWord { hyphenatedWithin3 = true }
                }
            }
            k += 1
        }
        // Unions of the facts of tokens i+a ..< i+b, as `listed(_:near:within:)` reads them.
        let u0to2 = f[0] | f[1], u0to3 = u0to2 | f[2], u0to4 = u0to3 | f[3], u0to5 = u0to4 | f[4]
        let u0to7 = u0to5 | f[5] | f[6]
        let u1to4 = f[1] | f[2] | f[3], u1to5 = u1to4 | f[4]
        let u2to4 = f[2] | f[3]
        func has(_ union: UInt16, _ facts: TimexWordFacts) -> Bool { union & facts.rawValue != 0 }

        var dropped: UInt32 = 0
        func drop(_ rule: TimexRule) { dropped |= 1 << UInt32(rule.rawValue) }
        let kind = tokens[i].kind
        let hyphenated = gates[i].isHyphenatedWord
        // numericDate: a number holding "/", or one before "-" (a punctuation token);
        // slashedYears: a number holding "/".
        let punctuationNext = i + 1 < tokens.count && tokens[i + 1].kind == .punctuation
        if kind != .number || !gates[i].hasSlash && !punctuationNext { drop(.numericDate) }
        if kind != .number || !gates[i].hasSlash { drop(.slashedYears) }
        // clockTime at a number: a ":" in it or an hour follower after it ("5 pm", "4 o'clock").
        if kind == .number && !gates[i].hasColon && !has(f[1], .hourFollower) { drop(.clockTime) }
        // reference: a one-word reference, or a listed second word after it.
        if !has(f[0], .referenceSingle) && !has(f[1], .referenceTail) { drop(.reference) }
        // anchoredOnPrevious: a unit or part of the day in the next two tokens, else
        // `weekdayFromPrevious`: a weekday rule's word two tokens on.
        if !has(f[1] | f[2], [.unit, .partOfDay])
            && !(i + 2 < tokens.count && gates[i + 2].rules.rawValue & 1 << UInt32(TimexRule.weekday.rawValue) != 0) {
            drop(.anchoredOnPrevious)
        }
        // monthFirstDate: `monthNear(i, within: 3)`; dayFirstDate: `monthNear(i + 1, within: 4)`.
        if !has(u0to3, .month) { drop(.monthFirstDate) }
        if !has(u1to5, .month) { drop(.dayFirstDate) }
        // decadeOrCentury: an alphanumeric token or an ordinal within five.
        if !alphanumericWithin5 && !has(u0to5, .ordinal) { drop(.decadeOrCentury) }
        // season: `listed(.season, near: i, within: 3)`; year: `kindNear(.number, i, within: 3)`.
        if !has(u0to3, .season) { drop(.season) }
        if !numberWithin3 { drop(.year) }
        // writtenDate: the first tests of floatingHoliday, spelledYear, hyphenatedMonth, currentPeriod.
        if !has(u0to2, .floatingHolidayStart) && !has(u0to3, .number) && !(kind == .word && hyphenated) && !has(u2to4, .unit) {
            drop(.writtenDate)
        }
        // dayWord: a day word at i or i+3, or a part of the day at i before a day word.
        if !has(f[0], .dayWord) && !has(f[3], .dayWord) && !(has(f[0], .partOfDay) && has(f[1], .dayWord)) { drop(.dayWord) }
        // deictic: a unit or a part of the day among tokens i+1..<i+5.
        if !has(u1to5, [.unit, .partOfDay]) { drop(.deictic) }
        // agoOrLater: `unitNear(i, within: 4)`.
        if !has(u0to4, .unit) { drop(.agoOrLater) }
        // namedPeriod: its four branches' tests.
        if !hyphenated && !has(f[0], .unit) && !has(f[0], .then) && !has(f[2], .half) && !has(u1to4, [.unit, .decadeWord]) {
            drop(.namedPeriod)
        }
        // duration: `unitNear(i, within: 7) || hyphenatedWordNear(i, within: 3)`.
        if !has(u0to7, .unit) && !hyphenatedWithin3 { drop(.duration) }
        return TimexRuleMask(rawValue: TimexRuleMask.all.rawValue & ~dropped)
    }
}
