/// Rules for expressions resolved against the document date or the previous date of the text:
/// "today", "on Monday", "last week", "the following day", "two days ago".
extension TimexScanner {
    /// Lower-case text without a possessive "'s" ("today's" => "today").
    /// The bare form is made only for the possessives the gates found (`isPossessive`).
    func bare(_ i: Int) -> String {
        guard i >= 0 && i < tokens.count else { return "" }
        return gates[i].isPossessive ? TimexScanner.bareForm(tokens[i].lower) : tokens[i].lower
    }

    /// `lower` without a possessive "'s" / "’s", checked on the UTF-8 bytes (no String comparison).
    static func bareForm(_ lower: String) -> String {
        // Fast path over the contiguous bytes: most words end in no possessive (the generic
        // view below costs a hundred instructions a token, and runs for every token).
        let plain = lower.utf8.withContiguousStorageIfAvailable { u -> Bool in
            let n = u.count
            guard n > 2, u[n - 1] == UInt8(ascii: "s") else { return true }
            if u[n - 2] == UInt8(ascii: "'") { return false }
            if n >= 4, u[n - 2] == 0x99, u[n - 3] == 0x80, u[n - 4] == 0xE2 { return false }
            return true
        }
        if plain == true { return lower }
        let u = lower.utf8
        guard u.count > 2, u.last == UInt8(ascii: "s") else { return lower }
        // The bytes before the final "s", read in place (no array per token).
        let s1 = u.index(before: u.endIndex), s2 = u.index(before: s1)
        if u[s2] == UInt8(ascii: "'") { return String(lower.dropLast(2)) }
        // "’" is E2 80 99 in UTF-8.
        if u.count >= 4, u[s2] == 0x99 {
            let s3 = u.index(before: s2), s4 = u.index(before: s3)
            if u[s3] == 0x80, u[s4] == 0xE2 { return String(lower.dropLast(2)) }
        }
        return lower
    }

    /// Fixed words of the relative rules ("the day before", "earlier this month", "last week").
    static let beforeOrAfter: WordSet = ["before", "after"]
    static let earlierOrLater: WordSet = ["earlier", "later"]
    static let thisLastNext: WordSet = ["this", "last", "next"]
    static let comingPastPrevious: WordSet = ["coming", "past", "previous"]
    static let deicticLeads: WordSet = ["last", "next", "this", "coming", "past", "previous"]

    /// A part of the day at i ("morning", "night"), with its code.
    func partOfDay(_ i: Int) -> String? { lex.partsOfDay[bare(i)] }

    /// "today", "yesterday morning", "tomorrow", "tonight", "the day before yesterday".
    /// The days "today", "yesterday"... name, counted from the document date.
    static let dayWordOffsets: [String: Int] = ["today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1]

    func dayWord(_ i: Int) -> TimexMatch? {
        // The day word is the first token, or the fourth after "the day before".
        guard listed(.dayWord, near: i, within: 1) || listed(.dayWord, near: i + 3, within: 1)
                || listed(.partOfDay, near: i, within: 1) && listed(.dayWord, near: i + 1, within: 1) else { return nil }
        // "mid-afternoon yesterday", "morning today": the part of the day written first.
        if gates[i].facts.contains(.partOfDay), listed(.dayWord, near: i + 1, within: 1), let part = partOfDay(i), !w(i).hasSuffix("s"),
           let offset = TimexScanner.dayWordOffsets[bare(i + 1)], bare(i + 1) != "tonight" {
            guard let dct else { return TimexMatch(first: i, end: i + 2, type: .time, value: "XXXX-XX-XXT" + part) }
            return relative(i, i + 2, .partOfDay(dct.adding(days: offset), part), type: .time)
        }
        var j = i
        var extra = 0
        if w(i) == "the", w(i + 1) == "day", TimexScanner.beforeOrAfter.contains(w(i + 2)) {
            extra = w(i + 2) == "before" ? -1 : 1; j = i + 3
        }
        guard let offset = TimexScanner.dayWordOffsets[bare(j)] else { return nil }
        if extra != 0 && offset == 0 { return nil }
        if extra == 0 && isGenericDayWord(j) { return nil }
        var end = j + 1
        var part: String? = bare(j) == "tonight" ? "NI" : nil
        if part == nil, let p = partOfDay(end), !w(end).hasSuffix("s") { part = p; end += 1 }
        guard let dct else {
            if bare(j) == "today" && part == nil { return TimexMatch(first: i, end: end, type: .date, value: "PRESENT_REF") }
            return TimexMatch(first: i, end: end, type: part == nil ? .date : .time, value: part.map { "XXXX-XX-XXT" + $0 } ?? "XXXX-XX-XX")
        }
        let day = dct.adding(days: offset + extra)
        if let part { return relative(i, end, .partOfDay(day, part), type: .time) }
        return relative(i, end, .day(day))
    }

    /// "today's world", "tomorrow's young voters", "the cities of tomorrow": the day word names an
    /// era, not a day, and TimeML leaves it untagged. Told by a noun of generic_day_nouns.txt after
    /// the possessive (directly or after one modifier) or before "of <day word>"; O(1).
    func isGenericDayWord(_ j: Int) -> Bool {
        if gates[j].isPossessive {
            return lex.genericDayNouns.contains(w(j + 1)) || lex.genericDayNouns.contains(w(j + 2))
        }
        return w(j - 1) == "of" && lex.genericDayNouns.contains(w(j - 2))
    }

    /// "Friday", "on Monday", "last Tuesday", "next Sunday", "Wednesday night": the nearest such
    /// day before the document date, or after it when the sentence speaks of the future.
    func weekday(_ i: Int) -> TimexMatch? {
        var j = i
        var lead: String?
        if ["last", "next", "this", "past", "coming"].contains(w(i)) { lead = w(i); j = i + 1 }
        guard let target = lex.weekdays[bare(j)], tokens.indices.contains(j), tokens[j].isCapitalized else { return nil }
        var end = j + 1
        if bare(j).count <= 4 {
            // Abbreviations ("Sun", "Wed") are also other words: only "Wed." with its period.
            guard w(end) == ".", touching(j) else { return nil }
            end += 1
        }
        var part: String?
        if let p = partOfDay(end), !w(end).hasSuffix("s") { part = p; end += 1 }
        // "on Sundays", "Tuesday nights": every such day (TimeML SET), whatever the tense.
        if lead == nil, part == nil, bare(j).hasSuffix("days") || partOfDay(end) != nil && bare(end).hasSuffix("s") {
            let plural = partOfDay(end).map { "T" + $0 }
            return TimexMatch(first: i, end: plural == nil ? end : end + 1, type: .set, value: "XXXX-WXX-\(target)" + (plural ?? ""))
        }
        guard let dct else {
            return TimexMatch(first: i, end: end, type: part == nil ? .date : .time, value: "XXXX-WXX-\(target)" + (part.map { "T" + $0 } ?? ""))
        }
        var delta = target - dct.weekday
        let future: Bool
        switch lead {
        case "next", "coming": future = true
        case "last", "past": future = false
        // "Monday's verdict": a possessive weekday names an event by its day, one already
        // reported, unless "ahead of" / "upcoming" look forward to it ("before Friday's sale" may
        // speak of a sale made).
        default: future = gates[j].isPossessive ? TimexScanner.forwardLeads.contains(w(j - 1)) && (w(j - 1) != "of" || w(j - 2) == "ahead")
                                                : tense(around: j) == .future
        }
        if future {
            if delta < 0 || (delta == 0 && lead != nil) { delta += 7 }
        } else {
            if delta > 0 || (delta == 0 && lead != nil) { delta -= 7 }
        }
        let day = dct.adding(days: delta)
        if let part { return relative(i, end, .partOfDay(day, part), type: .time, note: "weekday placed relative to the document date") }
        return relative(i, end, .day(day), note: "weekday placed relative to the document date")
    }

    /// Words before a possessive weekday that look forward to its event ("ahead of Friday's vote").
    static let forwardLeads: WordSet = ["of", "upcoming", "awaiting", "awaited"]

    /// "last week", "next month", "this year", "earlier this month", "this morning", "last night",
    /// "the weekend", "this past week", "the coming year".
    func deictic(_ i: Int) -> TimexMatch? {
        // The unit or part of the day follows the lead, which may come after "earlier in the"
        // and "this past": within four tokens after i.
        guard listed([.unit, .partOfDay], near: i + 1, within: 4) else { return nil }
        var j = i
        var prefixed = false
        if TimexScanner.earlierOrLater.contains(w(j)), TimexScanner.thisLastNext.contains(w(j + 1)) || (w(j + 1) == "in" && w(j + 2) == "the") {
            j += w(j + 1) == "in" ? 2 : 1; prefixed = true
        }
        var lead = w(j)
        if lead == "this", w(j + 1) == "past" { lead = "last"; j += 1 }
        if lead == "the", TimexScanner.comingPastPrevious.contains(w(j + 1)) == false, w(j + 1) == "weekend" || prefixed {
            // "the weekend", "earlier in the year"
        } else if !TimexScanner.deicticLeads.contains(lead) { return nil }
        let unitIndex = j + 1
        let unitWord = bare(unitIndex)
        let end = unitIndex + 1
        // TimeML leaves "earlier" / "later (in)" out of the span: "earlier [this month]".
        guard var m = deicticPeriod(i, j, lead: lead, prefixed: prefixed, unitIndex: unitIndex, unitWord: unitWord, end: end) else { return nil }
        if prefixed, m.first == i { m.first = w(j) == "past" ? j - 1 : j }
        return m
    }

    /// The period of `deictic(_:)` once its words are read: the lead at j (after a prefix).
    private func deicticPeriod(_ i: Int, _ j: Int, lead: String, prefixed: Bool, unitIndex: Int, unitWord: String, end: Int) -> TimexMatch? {
        var shift = 0
        switch lead {
        case "last", "past", "previous": shift = -1
        case "next", "coming": shift = 1
        default: shift = 0
        }
        if let part = partOfDay(unitIndex), !unitWord.hasSuffix("s") {
            // "this morning", "last night", "tonight"-like.
            guard lead == "this" || (lead == "last" && part == "NI") else { return nil }
            guard let dct else { return TimexMatch(first: i, end: end, type: .time, value: "XXXX-XX-XXT" + part) }
            return relative(i, end, .partOfDay(dct.adding(days: lead == "last" ? -1 : 0), part), type: .time)
        }
        guard let unit = lex.units[unitWord], !unitWord.hasSuffix("s") || unit == "WE" && false else { return nil }
        guard ["Y", "M", "W", "D", "DE", "CE", "WE"].contains(unit) else { return nil }
        // "the past week" / "the past year" are spans of time, handled as durations.
        if (lead == "past" || lead == "previous") && w(i - 1) == "the" { return nil }
        if unit == "D" && lead != "the" { return nil }
        if lead == "the" {
            guard unit == "WE" || prefixed else { return nil }
            guard let dct else { return TimexMatch(first: i, end: end, type: .date, value: unit == "WE" ? "XXXX-WXX-WE" : "XXXX") }
            if unit == "WE" {
                let future = tense(around: i) == .future
                var s = 0
                if dct.weekday < 6 { s = future ? 0 : -1 }
                return relative(i, end, .weekend(dct.adding(days: 7 * s)))
            }
            return relative(i, end, dct.granule(unit: unit, shiftedBy: 0))
        }
        guard let dct else {
            let g = CalendarDay(year: 2000, month: 1, day: 1).granule(unit: unit, shiftedBy: 0)
            return TimexMatch(first: i, end: end, type: .date, value: g?.unanchoredValue ?? "XXXX")
        }
        return relative(i, end, dct.granule(unit: unit, shiftedBy: shift))
    }

    /// "the following day", "the next morning", "the day before", "the previous week", "that day",
    /// "the same day": anchored on the last day named in the text, else on the document date.
    func anchoredOnPrevious(_ i: Int) -> TimexMatch? {
        // A unit ("day", "week") or a part of the day follows "the", "that" or "the following";
        // else only "the previous Friday" may follow.
        guard listed([.unit, .partOfDay], near: i + 1, within: 2) else { return weekdayFromPrevious(i) }
        if let m = weekOfDate(i) { return m }
        guard w(i) == "the" || w(i) == "that" else { return nil }
        var j = i + 1
        var shift = 0
        if w(i) == "that" {
            shift = 0
        } else {
            switch w(j) {
            case "following", "next": shift = 1; j += 1
            case "previous", "preceding", "prior": shift = -1; j += 1
            case "same": shift = 0; j += 1
            default:
                guard w(j) == "day", TimexScanner.beforeOrAfter.contains(w(j + 1)) else { return nil }
                guard w(j + 2) != "yesterday" && w(j + 2) != "tomorrow" else { return nil }
                let anchor = context.lastDay ?? dct
                guard let anchor else { return TimexMatch(first: i, end: j + 2, type: .date, value: "XXXX-XX-XX") }
                return anchored(i, j + 2, .day(anchor.adding(days: w(j + 1) == "before" ? -1 : 1)))
            }
        }
        let word = bare(j)
        let end = j + 1
        let anchor = context.lastDay ?? dct
        if let part = partOfDay(j), !word.hasSuffix("s") {
            guard let anchor else { return TimexMatch(first: i, end: end, type: .time, value: "XXXX-XX-XXT" + part) }
            return anchored(i, end, .partOfDay(anchor.adding(days: shift), part), type: .time)
        }
        guard let unit = lex.units[word], !word.hasSuffix("s"), ["D", "W", "M", "Y"].contains(unit) else { return nil }
        if w(i) == "that", unit == "W" { return nil }
        // "that year", "the following year", "the same month": the year or month named last.
        if unit == "Y", let y = context.lastYear {
            return fromText(i, end, .year(y + shift), note: "counted from the year named before")
        }
        if unit == "M", let ym = context.lastMonth {
            let d = CalendarDay(year: ym.year, month: ym.month, day: 1).adding(months: shift)
            return fromText(i, end, .month(d.year, d.month), note: "counted from the month named before")
        }
        if w(i) == "that", unit != "D" { return nil }
        guard let anchor else {
            let g = CalendarDay(year: 2000, month: 1, day: 1).granule(unit: unit, shiftedBy: 0)
            return TimexMatch(first: i, end: end, type: .date, value: g?.unanchoredValue ?? "XXXX")
        }
        return anchored(i, end, anchor.granule(unit: unit, shiftedBy: shift))
    }

    /// A match for a period counted from one the text named (known without the document date).
    func fromText(_ first: Int, _ end: Int, _ g: Granule, note: String) -> TimexMatch {
        TimexMatch(first: first, end: end, type: .date, value: g.value, date: g.span(.inferred, note: note), day: dayOf(g))
    }

    func anchored(_ first: Int, _ end: Int, _ g: Granule?, type: TimexType = .date) -> TimexMatch {
        let note = context.lastDay != nil ? "counted from the previous date in the text" : "counted from the document date"
        return relative(first, end, g, type: type, note: note)
    }

    /// A count before a unit: digits, number words, "a"/"an", or a vague quantity (nil count).
    /// Returns the index after the count and the count (nil for "several"/"a few").
    func count(_ i: Int) -> (next: Int, value: Int?)? {
        let t = w(i)
        if t == "a" || t == "an" {
            if w(i + 1) == "few" || w(i + 1) == "couple" { return (w(i + 2) == "of" ? i + 3 : i + 2, w(i + 1) == "couple" ? 2 : nil) }
            return (i + 1, 1)
        }
        if lex.vagueQuantities.contains(t) { return (i + 1, nil) }
        // "the next couple of years".
        if t == "couple", w(i + 1) == "of" { return (i + 2, 2) }
        if kind(i) == .number, let n = Int(t), n > 0, n < 10_000 { return (i + 1, n) }
        if kind(i) == .word, let n = lex.cardinal(t) {
            if n >= 20, n % 10 == 0, w(i + 1) == "-", let u = lex.numbers[w(i + 2)], u < 10 { return (i + 3, n + u) }
            // "twenty four hours": tens and units written apart.
            if n >= 20, n < 100, n % 10 == 0, kind(i + 1) == .word, w(i + 1) != "a", w(i + 1) != "an",
               let u = lex.numbers[w(i + 1)], (1...9).contains(u) { return (i + 2, n + u) }
            return (i + 1, n)
        }
        return nil
    }

    static let agoWords: WordSet = ["ago", "earlier", "later"]

    /// "two days ago", "33 years ago", "a year earlier", "three weeks later", "several years ago".
    func agoOrLater(_ i: Int) -> TimexMatch? {
        // The unit follows the count, which is at most three tokens ("a couple of", "twenty - five").
        guard unitNear(i, within: 4), let (next, n) = count(i), let unitWord = Optional(bare(next)), let unit = lex.units[unitWord] else { return nil }
        var end = next + 1
        // "a week or so ago": the approximation stays in the span.
        if w(end) == "or", w(end + 1) == "so", TimexScanner.agoWords.contains(w(end + 2)) { end += 2 }
        let word = w(end)
        var sign = 0
        var useText = false
        var stop = end + 1
        switch word {
        case "ago": sign = -1
        case "earlier", "before": sign = -1; useText = true
        case "later", "after": sign = 1; useText = true
        case "from" where w(end + 1) == "now": sign = 1; stop = end + 2
        case "hence": sign = 1
        default: return nil
        }
        // "a month after the attack", "ten days before the vote": the interval between two events,
        // a duration (TimeML tags "a month" alone); only "the year before." ends the clause.
        if word == "after" || word == "before", kind(end + 1) == .word || kind(end + 1) == .number { return nil }
        guard let n else {
            if sign < 0 && word == "ago" { return TimexMatch(first: i, end: stop, type: .date, value: "PAST_REF") }
            return nil
        }
        guard ["Y", "M", "W", "D", "Q", "DE", "CE", "FN", "TH", "TM"].contains(unit) else { return nil }
        let anchor = useText ? (context.lastDay ?? dct) : dct
        guard let anchor else {
            let g = CalendarDay(year: 2000, month: 1, day: 1).granule(unit: unit == "TH" || unit == "TM" ? "D" : unit, shiftedBy: 0)
            return TimexMatch(first: i, end: stop, type: .date, value: g?.unanchoredValue ?? "XXXX")
        }
        if unit == "TH" || unit == "TM" {
            return TimexMatch(first: i, end: stop, type: .duration, value: "PT\(n)" + (unit == "TH" ? "H" : "M"))
        }
        // In reports on fiscal quarters, "a year ago" means the quarter last named, a year before.
        if unit == "Y", n == 1, let q = context.lastQuarter {
            var m = anchored(i, stop, .quarter(q.year - 1, q.quarter))
            m.derivedQuarter = true
            return m
        }
        return useText ? anchored(i, stop, anchor.granule(unit: unit, shiftedBy: sign * n)) : relative(i, stop, anchor.granule(unit: unit, shiftedBy: sign * n))
    }

    /// Whether tokens i..<i+n, joined by spaces, are a listed reference phrase
    /// (`TimeLexicon.referencePhrases`): built in a stack buffer, no String or array.
    func mayBeReference(_ i: Int, _ n: Int) -> Bool {
        var total = n - 1
        for k in i..<(i + n) { total += tokens[k].lower.utf8.count }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: total) { buffer -> Bool in
            var p = 0
            for k in i..<(i + n) {
                if k > i { buffer[p] = UInt8(ascii: " "); p += 1 }
                let lower = tokens[k].lower
                let copied = lower.utf8.withContiguousStorageIfAvailable { bytes -> Int in
                    if let from = bytes.baseAddress { (buffer.baseAddress! + p).initialize(from: from, count: bytes.count) }
                    return bytes.count
                }
                if let copied { p += copied } else { for b in lower.utf8 { buffer[p] = b; p += 1 } }
            }
            return lex.referencePhrases[utf8: UnsafeBufferPointer(buffer)] != nil
        }
    }

    /// "now", "currently", "recently", "the future", "in the past": reference words.
    func reference(_ i: Int) -> TimexMatch? {
        // Only the lengths of the phrases starting with this word can match, longest first.
        guard let lengths = lex.referenceLengths[w(i)] else { return nil }
        // A phrase of two words or more has a listed second word (`referenceTail`).
        for n in lengths where n <= tokens.count - i && (n == 1 || gates[i + 1].facts.contains(.referenceTail)) && mayBeReference(i, n) {
            let words = (i..<(i + n)).map { w($0) }
            guard let v = lex.references[words] else { continue }
            // "in the past three months", "the past year": the words open a duration, not a reference.
            if words.last == "past" || words.last == "future", count(i + n) != nil || lex.units[bare(i + n)] != nil { return nil }
            // "soon after the vote", "as soon as the talks end": "soon" relates two events.
            // In the past tense ("he was soon released") it means shortly after an event, no future.
            if n == 1, words[0] == "soon", lex.soonFollowers.contains(w(i + 1)) || w(i - 1) == "as" || w(i - 1) == "how" || w(i - 1) == "too"
                || tense(around: i) == .past { return nil }
            return TimexMatch(first: i, end: i + n, type: .date, value: v)
        }
        return nil
    }
}
