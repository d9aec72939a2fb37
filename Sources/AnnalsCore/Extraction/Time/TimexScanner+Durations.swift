/// Rules for durations ("three years", "the past 24 hours", "a two-year term"), sets ("every
/// year", "daily") and clock times ("10:35 a.m.", "noon").
extension TimexScanner {
    /// Words before a count that TimeML keeps in a duration's span ("the past three years").
    static let durationLeads: WordSet = ["past", "last", "next", "first", "coming", "previous", "final", "following", "recent", "latest", "initial", "remaining", "ensuing", "preceding", "entire", "whole", "full"]
    /// Words before a bare plural unit showing it is a span of time ("for years", "in recent months").
    static let barePluralLeads: WordSet = ["for", "in", "over", "within", "recent", "coming", "past", "after", "took", "take", "takes", "lasted", "last", "spent"]

    /// Words before "a day" that make it a rate ("twice a day", "$5 a day").
    static let rateWords: WordSet = ["%", "times", "twice", "once", "thrice", "cents", "dollars", "percent"]
    /// Words between a count and its unit ("three full days", "two more years").
    static let countQualifiers: WordSet = ["full", "whole", "entire", "straight", "consecutive", "more", "additional", "long", "trading", "working", "business", "calendar"]

    /// A duration value for a count of units: P3Y, PT24H, P10Y for a decade, PXY for "several years".
    func durationValue(_ n: Int?, unit: String) -> String? {
        let c = n.map(String.init) ?? "X"
        switch unit {
        case "Y", "M", "W", "D": return "P" + c + unit
        // ISO 8601 durations have no quarter: "the next three quarters" is P9M ("several quarters" PXQ).
        case "Q": return n.map { "P\($0 * 3)M" } ?? "PXQ"
        case "DE": return "P" + (n.map { String($0 * 10) } ?? "X") + (n == nil ? "DE" : "Y")
        case "CE": return "P" + (n.map { String($0 * 100) } ?? "X") + (n == nil ? "CE" : "Y")
        case "FN": return "P" + (n.map { String($0 * 2) } ?? "X") + "W"
        case "WE": return n.map { "P\($0 * 2)D" }
        case "TH": return "PT" + c + "H"
        case "TM": return "PT" + c + "M"
        case "TS": return "PT" + c + "S"
        default: return nil
        }
    }

    /// Whether the token before i shows a rate ("$5 a day", "twice a year"), making "a day" a set.
    func rateBefore(_ i: Int) -> Bool {
        let p = w(i - 1)
        return kind(i - 1) == .number || TimexScanner.rateWords.contains(p)
    }

    /// "three years", "the past 24 hours", "a week", "two-year", "24-hour", "several months",
    /// "the first nine months", "the past week", "for years".
    func duration(_ i: Int) -> TimexMatch? {
        // Every duration names its unit within seven tokens (after "the", a lead, a count such as
        // "a couple of" and a word such as "full") or in a hyphenated word among the first three.
        guard unitNear(i, within: 7) || hyphenatedWordNear(i, within: 3) else { return nil }
        var j = i
        if w(j) == "the" || w(j) == "a" && TimexScanner.durationLeads.contains(w(j + 1)) { j += 1 }
        var lead: String?
        if TimexScanner.durationLeads.contains(w(j)) { lead = w(j); j += 1 }
        // "two-year", "24-hour": one hyphenated word or digits glued to "-unit".
        if let m = hyphenatedDuration(i, j) { return m }
        if let (next, n) = count(j) {
            if n == 1 && (w(j) == "a" || w(j) == "an") && rateBefore(j) { return nil }
            if let n, let range = countRange(from: j, next: next, lower: n) { return TimexMatch(first: lead == nil ? j : i, end: range.end, type: .duration, value: range.value) }
            var unitWord = bare(next)
            var end = next + 1
            // "2 1/2 years": a half after the count.
            let fraction = n != nil && kind(j) == .number && TimexScanner.halves.contains(w(next))
            if fraction { unitWord = bare(next + 1); end = next + 2 }
            if lex.units[unitWord] == nil, TimexScanner.countQualifiers.contains(unitWord) {
                unitWord = bare(next + 1); end = next + 2
            }
            guard let unit = lex.units[unitWord] else { return nil }
            if fraction {
                guard let n, let v = halfValue(n, unit: unit) else { return nil }
                return TimexMatch(first: lead == nil ? j : i, end: end, type: .duration, value: v)
            }
            if unit == "TS" && n == 1 && (w(j) == "a" || w(j) == "an") { return nil }
            // "a quarter of the vote", "three quarters of the seats" are fractions.
            if unit == "Q", lead == nil && (n == 1 || w(end) == "of" || !unitWord.hasSuffix("s")) { return nil }
            // A vague count ("several", "some", "many") needs a plural unit: "some day" is not a duration.
            if n == nil && !unitWord.hasSuffix("s") && !unitWord.hasSuffix("ies") { return nil }
            if w(end) == "and", w(end + 1) == "a", w(end + 2) == "half", let n, let v = halfValue(n, unit: unit) {
                return TimexMatch(first: lead == nil ? j : i, end: end + 3, type: .duration, value: v)
            }
            guard let v = durationValue(n, unit: unit) else { return nil }
            // "Mr. Reyes, 52 years old": an age is no time expression of the text (TimeBank leaves them out).
            if w(end) == "old" { return nil }
            // "the next two years or so": the approximation stays in the span.
            if w(end) == "or", w(end + 1) == "so" { end += 2 }
            // TimeML keeps "the" of "the past three years" in the span.
            return TimexMatch(first: lead == nil ? j : i, end: end, type: .duration, value: v)
        }
        // "the past week", "the previous year", "the first year", "the coming years".
        if let lead, lead != "last" || w(i) == "the", let unit = lex.units[bare(j)], ["Y", "M", "W", "D", "DE", "CE", "TH"].contains(unit) {
            if lead == "next" && w(i) != "the" { return nil }
            let plural = bare(j).hasSuffix("s")
            if plural && lead == "coming" { return TimexMatch(first: i, end: j + 1, type: .date, value: "FUTURE_REF") }
            // "the past year", "the last decade": TimeBank gives the last such calendar period, a
            // DATE, as for "last year" (a count keeps the duration: "the past two years").
            if !plural, w(i) == "the", lead == "past" || lead == "last", ["Y", "M", "W", "DE"].contains(unit) {
                return relative(i, j + 1, dct?.granule(unit: unit, shiftedBy: -1) ?? CalendarDay(year: 2000, month: 1, day: 1).granule(unit: unit, shiftedBy: 0))
            }
            guard let v = durationValue(plural ? nil : 1, unit: unit) else { return nil }
            return TimexMatch(first: i, end: j + 1, type: .duration, value: v)
        }
        // "for years", "in recent months": a bare plural unit.
        if lead == nil, j == i, TimexScanner.barePluralLeads.contains(w(i - 1)), let unit = lex.units[w(i)], w(i).hasSuffix("s"),
           ["Y", "M", "W", "D", "DE", "CE"].contains(unit), let v = durationValue(nil, unit: unit) {
            if w(i + 1) == "of" || w(i + 1) == "-" { return nil }
            if w(i - 1) == "recent" { return TimexMatch(first: i - 1, end: i + 1, type: .duration, value: v) }
            return TimexMatch(first: i, end: i + 1, type: .duration, value: v)
        }
        return nil
    }

    /// Words joining the two counts of a range ("12 to 18 months", "two or three days"); "and"
    /// only after "between" ("between 10 and 15 minutes").
    static let rangeJoiners: WordSet = ["to", "or", "through", "and"]

    /// "12 to 18 months", "two or three days": a count range before one unit is one duration (as
    /// TimeBank spans "the next 12 to 18 months"), its count unknown (PXM): the tool picks
    /// neither bound, and the span keeps both. After "between" ("between 10 and 15 minutes",
    /// "between two to six days") each bound is its own duration, as TimeBank tags them: this
    /// returns the lower count alone with the unit written after the upper one (PT10M), and the
    /// scanner then finds "15 minutes". `j` is the lower count, which ends at `next`; nil unless
    /// a larger count and a unit follow. O(1).
    func countRange(from j: Int, next: Int, lower: Int) -> (end: Int, value: String)? {
        let joiner = w(next)
        guard TimexScanner.rangeJoiners.contains(joiner), w(j) != "a", w(j) != "an" else { return nil }
        let between = w(j - 1) == "between"
        if joiner == "and" && !between { return nil }
        guard let (unitAt, upper) = count(next + 1), let upper, upper > lower,
              let unit = lex.units[bare(unitAt)], w(unitAt + 1) != "old" else { return nil }
        if between { return durationValue(lower, unit: unit).map { (next, $0) } }
        return durationValue(nil, unit: unit).map { (unitAt + 1, $0) }
    }

    /// A half written after a count in digits ("2 1/2 years").
    static let halves: WordSet = ["1/2", "½"]

    /// The value of n and a half units, where the half is a whole number of a smaller unit.
    func halfValue(_ n: Int, unit: String) -> String? {
        switch unit {
        case "TM": return "PT\(n)M30S"
        case "TH": return "PT\(n)H30M"
        case "D": return "P\(n)DT12H"
        case "Y": return "P\(n)Y6M"
        default: return nil
        }
    }

    /// "two-year", "24-hour", "10-day", "eight-year-old" (the "-old" part is left out).
    func hyphenatedDuration(_ i: Int, _ j: Int) -> TimexMatch? {
        let t = w(j)
        var n: Int?
        var unitWord = ""
        var end = j + 1
        if kind(j) == .word, let dash = t.hyphenIndex {
            let head = String(t[..<dash])
            var tail = String(t[t.index(after: dash)...])
            if let second = tail.hyphenIndex {
                // "twenty-four-hour" or "two-year-old".
                let mid = String(tail[..<second])
                if let c = lex.cardinal(head + "-" + mid) { n = c; tail = String(tail[tail.index(after: second)...]) }
                else { tail = mid }
            }
            if n == nil { n = lex.cardinal(head) }
            unitWord = tail
        } else if kind(j) == .number, let c = Int(t), c > 0, w(j + 1) == "-", touching(j), touching(j + 1) {
            n = c; unitWord = w(j + 2); end = j + 3
        } else {
            return nil
        }
        guard let n, let unit = lex.units[unitWord], !unitWord.hasSuffix("s"), let v = durationValue(n, unit: unit) else { return nil }
        if unit == "Q" { return nil }
        return TimexMatch(first: j == i ? i : (w(i) == "the" ? i + 1 : i), end: end, type: .duration, value: v)
    }

    /// "every year", "each Monday", "every other week", "daily", "weekly", "twice a year", "per day".
    func set(_ i: Int) -> TimexMatch? {
        if let v = lex.sets[w(i)] { return TimexMatch(first: i, end: i + 1, type: .set, value: v) }
        var j = i + 1
        switch w(i) {
        case "every", "each":
            var n = 1
            if w(j) == "other" { n = 2; j += 1 } else if let (next, c) = count(j), let c, c > 1 { n = c; j = next }
            let word = bare(j)
            if let unit = lex.units[word], let v = durationValue(n, unit: unit) {
                return TimexMatch(first: i, end: j + 1, type: .set, value: v)
            }
            if let d = lex.weekdays[word], tokens.indices.contains(j), tokens[j].isCapitalized {
                return TimexMatch(first: i, end: j + 1, type: .set, value: "XXXX-WXX-\(d)")
            }
            if let m = month(j) { return TimexMatch(first: i, end: m.next, type: .set, value: "XXXX-" + pad2(m.month)) }
            if let p = partOfDay(j) { return TimexMatch(first: i, end: j + 1, type: .set, value: "TXX" + p) }
            return nil
        case "per", "a", "an":
            guard w(i) == "per" || rateBefore(i), let unit = lex.units[w(j)], !w(j).hasSuffix("s"),
                  let v = durationValue(1, unit: unit) else { return nil }
            let first = ["twice", "once", "thrice"].contains(w(i - 1)) ? i - 1 : i
            return TimexMatch(first: first, end: j + 1, type: .set, value: v)
        default:
            return nil
        }
    }

    /// The words after an hour written without minutes that make it a clock time ("7 p.m.", "5 pm", "10 o'clock").
    static let hourFollowers: WordSet = ["am", "pm", "a", "p", "o'clock", "o’clock"]

    /// Time zones TimeML keeps in a clock time's span.
    static let timeZones: WordSet = ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc"]

    /// "10:35 a.m.", "7 p.m.", "5pm", "noon", "midnight", "10 o'clock", "19:15 GMT", "10:35 a.m. EDT".
    func clockTime(_ i: Int) -> TimexMatch? {
        var hour: Int, minute = 0
        var end: Int
        let t = w(i)
        if t == "noon" || t == "midday" { hour = 12; end = i + 1 }
        else if t == "midnight" { hour = 24; end = i + 1 }
        else if kind(i) == .alphanumeric, t.hasSuffix("am") || t.hasSuffix("pm"), let h = Int(t.dropLast(2)), (1...12).contains(h) {
            hour = h % 12 + (t.hasSuffix("pm") ? 12 : 0); end = i + 1
        } else if kind(i) == .number {
            // Most numbers hold no ":": spare them the split (same parts: the tokenizer keeps a
            // separator only between digits, so no part is empty).
            let hasColon = t.utf8.contains(UInt8(ascii: ":"))
            // An hour without minutes needs "a.m.", "pm" or "o'clock" after it (below): test that first.
            if !hasColon && !TimexScanner.hourFollowers.contains(w(i + 1)) { return nil }
            let parts = hasColon ? t.split(separator: ":") : [t[...]]
            if parts.count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0...59).contains(m) {
                hour = h; minute = m; end = i + 1
            } else if parts.count == 1, let h = Int(t), (1...12).contains(h) {
                hour = h; end = i + 1
            } else { return nil }
            if let (meridiem, next) = meridiem(end) {
                if hour > 12 { return nil }
                hour = hour % 12 + (meridiem == "p" ? 12 : 0); end = next
            } else if w(end) == "o'clock" || w(end) == "o’clock" {
                end += 1
            } else if parts.count == 1 || TimexScanner.timeZones.contains(w(end)) == false && !(w(i - 1) == "at" || w(i - 1) == "by" || w(i - 1) == "until") {
                return nil
            }
        } else { return nil }
        if TimexScanner.timeZones.contains(w(end)) { end += 1 }
        // "4 a.m. EDT Thursday", "noon Saturday", "5 p.m. EST, Nov. 9", "6 a.m. yesterday": the day
        // written after the time is part of it.
        let k = w(end) == "," ? end + 1 : end
        if let dayMatch = weekday(k) ?? dayWord(k) ?? monthFirstDate(k)?.first, dayMatch.type == .date, let day = dayMatch.day {
            let g = Granule.clock(day, hour, minute)
            return TimexMatch(first: i, end: dayMatch.end, type: .time, value: g.value,
                              date: g.span(dayMatch.date?.certainty ?? .inferred, note: dayMatch.date?.note), day: day, statedYear: dayMatch.statedYear)
        }
        // "10:35 a.m. (0735 GMT) Friday": the day after a parenthesis (the time elsewhere) is the
        // time's day too; TimeML tags the two apart, so the span stays the time's.
        if w(end) == "(", let close = (end + 1..<min(tokens.count, end + 6)).first(where: { w($0) == ")" }),
           let dayMatch = weekday(close + 1) ?? dayWord(close + 1), dayMatch.type == .date, let day = dayMatch.day {
            let g = Granule.clock(day, hour, minute)
            return TimexMatch(first: i, end: end, type: .time, value: g.value, date: g.span(dayMatch.date?.certainty ?? .inferred, note: dayMatch.date?.note))
        }
        guard let dct else {
            return TimexMatch(first: i, end: end, type: .time, value: "XXXX-XX-XXT" + pad2(hour) + ":" + pad2(minute))
        }
        // The day named earlier in the same sentence, else the document date; the note says which.
        if context.lastDaySentence == sentence, let named = context.lastDay {
            return relative(i, end, .clock(named, hour, minute), type: .time, note: "day taken from the date named before in the sentence")
        }
        return relative(i, end, .clock(dct, hour, minute), type: .time, note: "day taken from the document date")
    }

    /// "a.m." / "p.m." / "am" / "pm" at i: the letter and the index after it.
    func meridiem(_ i: Int) -> (String, Int)? {
        let t = w(i)
        if t == "am" || t == "pm" { return (String(t.prefix(1)), skipGluedPeriod(i + 1)) }
        if (t == "a" || t == "p"), w(i + 1) == ".", w(i + 2) == "m", touching(i), touching(i + 1) {
            return (t, skipGluedPeriod(i + 3))
        }
        return nil
    }
}
