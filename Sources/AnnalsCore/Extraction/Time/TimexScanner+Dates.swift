/// Rules for calendar dates: numeric dates, month/day dates, years, decades, centuries and fixed
/// holidays (seasons and quarters: TimexScanner+Seasons.swift).
extension TimexScanner {
    /// Words before a bare month name that show it is the month ("in May", "since March").
    static let monthContext: WordSet = ["in", "since", "until", "till", "by", "last", "next", "this", "early", "late", "mid", "of", "through", "from", "to", "before", "after", "during", "between", "and", "or", "end", "beginning", "start", "middle", "-", "each", "every", "that"]

    /// Words after which a 4-digit number is not a year ("$1990", "No. 1990").
    static let notYearBefore: WordSet = ["$", "£", "€", "#", "no", "number", "nos", "route", "flight", "room", "model", "about", "some", "nearly", "almost", "over", "than"]
    /// Words after a 4-digit number that show it counts things.
    static let notYearAfter: WordSet = ["%", "percent", "people", "persons", "troops", "soldiers", "men", "women", "children", "dollars", "shares", "votes", "miles", "kilometers", "km", "feet", "meters", "tons", "points", "barrels", "acres", "units", "jobs", "workers", "cases", "deaths", "homes", "houses", "members", "students", "families", "civilians", "refugees", "prisoners", "residents", "hours", "minutes", "seconds", "days", "weeks", "years", "cars", "aircraft", "cents", "yen", "pounds", "euros", "marks", "francs", "rubles"]
    /// Words before a year below 1900 that show it is a year ("in 1848", "since 1492").
    static let oldYearContext: WordSet = ["in", "since", "of", "from", "until", "till", "by", "before", "after", "circa", "year", "during", "around", "between", "and", "to", "c", ".", ","]

    /// Words before a year that name its kind ("fiscal 1989").
    static let yearKinds: WordSet = ["fiscal", "calendar"]
    /// Modifiers of a decade or century ("the early 1990s").
    static let periodModifiers: WordSet = ["early", "late", "mid"]
    /// Words before a season that place it ("last winter", "the summer").
    static let seasonLeads: WordSet = ["last", "this", "next", "the", "that", "past"]

    /// The year for a month (and day) written without one, with the rule that gave it: the year
    /// of a date written earlier in the same sentence at most 25 tokens before; else, from the
    /// document date, the year before when the clause is in the past tense and the date would
    /// fall after the DCT, the year after when it is in the future tense and the date would fall
    /// before it (each with a margin, below), and without a tense the year that puts the date
    /// between seven months before and four months after the DCT ("Dec. 28" in a January article
    /// is last year's). Nil when no rule applies (the value keeps `XXXX`).
    func inferredYear(month: Int, day: Int?, near i: Int) -> (year: Int, note: String)? {
        // A year stated nearby holds, unless the clause speaks of the future and that year is
        // already past ("invited in July 2009, they will join on March 12").
        if let stated = context.lastStatedYear, stated.sentence == sentence, i - stated.token <= 25,
           !(dct.map { stated.year < $0.year } ?? false && tense(around: i) == .future) {
            return (stated.year, "year taken from a date stated nearby")
        }
        guard let dct else { return nil }
        let d = min(day ?? 15, 28)
        func delta(_ y: Int) -> Int {
            if day == nil { return (y * 12 + month) - (dct.year * 12 + dct.month) }  // in months
            return CalendarDay(year: y, month: month, day: d).serial - dct.serial
        }
        let note = TemporalTagger.documentYearNote
        let same = delta(dct.year)
        // How far (months, or days) a date may fall on the "wrong" side of the DCT for its tense
        // before it is read as the neighbouring year's: news reports the recent past in the past
        // tense ("said Nov. 16", two weeks ahead, is this year's). A month named alone in the past
        // tense may be the DCT's next one at most ("sales fell in December" in an October
        // article are last December's).
        let tensed = day == nil ? 1 : 92
        // Without a tense the year is the one that puts the date nearest the DCT, leaning to the
        // past: news reports more of what happened than of what is to come (a year's window from
        // seven months before the DCT to about five after it).
        let untensedAhead = day == nil ? 4 : 151, untensedBehind = day == nil ? 7 : 214
        switch tense(around: i) {
        case .past where same > tensed: return (dct.year - 1, note)
        case .future where same < -tensed: return (dct.year + 1, note)
        case .unknown where same > untensedAhead: return (dct.year - 1, note)
        case .unknown where same < -untensedBehind: return (dct.year + 1, note)
        default: return (dct.year, note)
        }
    }

    /// A match for a month or day of a month whose year may be unwritten.
    func monthDay(_ first: Int, _ end: Int, month: Int, day: Int?, year: Int?) -> TimexMatch? {
        if let year {
            if let day {
                guard CalendarDay.isValid(year, month, day) else { return nil }
                return stated(first, end, .day(CalendarDay(year: year, month: month, day: day)), year: year)
            }
            return stated(first, end, .month(year, month), year: year)
        }
        if let day, !CalendarDay.isValid(2000, month, day) { return nil }
        guard let inferred = inferredYear(month: month, day: day, near: first) else {
            let p = PartialDate(year: nil, month: month, day: day)
            return TimexMatch(first: first, end: end, type: .date, value: p.timeMLValue, date: DateSpan(start: p, certainty: .stated))
        }
        if let day, !CalendarDay.isValid(inferred.year, month, day) { return nil }
        let g: Granule = day.map { .day(CalendarDay(year: inferred.year, month: month, day: $0)) } ?? .month(inferred.year, month)
        return TimexMatch(first: first, end: end, type: .date, value: g.value, date: g.span(.inferred, note: inferred.note), day: dayOf(g))
    }

    /// "2/26/1992", "02/26/92", "1992-02-26".
    func numericDate(_ i: Int) -> TimexMatch? {
        guard kind(i) == .number else { return nil }
        let t = w(i)
        // Number tokens are ASCII digits and separators: a byte scan (Foundation's `contains`
        // searches for a substring, a few thousand instructions a number).
        if t.utf8.contains(UInt8(ascii: "/")) {
            let parts = t.split(separator: "/").compactMap { Int($0) }
            guard parts.count == 3, t.split(separator: "/").last!.count != 3 else { return nil }
            var y = parts[2]
            if t.split(separator: "/").last!.count == 2 { y += y < 30 ? 2000 : 1900 }
            guard (1000...2099).contains(y), CalendarDay.isValid(y, parts[0], parts[1]) else { return nil }
            return stated(i, i + 1, .day(CalendarDay(year: y, month: parts[0], day: parts[1])), year: y)
        }
        guard let y = yearNumber(i), w(i + 1) == "-", touching(i), touching(i + 1), kind(i + 2) == .number,
              w(i + 2).count == 2, let m = Int(w(i + 2)) else { return nil }
        if w(i + 3) == "-", touching(i + 2), touching(i + 3), w(i + 4).count == 2, let d = Int(w(i + 4)) {
            guard CalendarDay.isValid(y, m, d) else { return nil }
            return stated(i, i + 5, .day(CalendarDay(year: y, month: m, day: d)), year: y)
        }
        return nil
    }

    /// "February 26, 1992", "Feb. 26", "Friday, Oct. 23", "July 1997", "June of 1998", "November",
    /// "last November", and listed days "February 25th and 26th" (two matches).
    func monthFirstDate(_ i: Int) -> [TimexMatch]? {
        // The month stands at i, or after a lead word or a weekday (and its comma).
        guard monthNear(i, within: 3) else { return nil }
        var first = i, j = i
        // "Friday, Oct. 13" and "Friday Oct. 13": the weekday belongs to the date.
        if lex.weekdays[w(i)] != nil, tokens.indices.contains(i), tokens[i].isCapitalized {
            if w(i + 1) == "," { j = i + 2 } else if bare(i).count > 4, let (_, day) = month(i + 1), dayNumber(day) != nil { j = i + 1 }
        }
        var lead: String?
        if ["last", "next", "this", "that"].contains(w(i)), month(i + 1) != nil { lead = w(i); j = i + 1 }
        guard let (m, next) = month(j) else { return nil }
        if j == i { first = i }
        if let d = dayNumber(next), kind(next + 1) != .word || !(lex.units[w(next + 1)] != nil) {
            var end = next + 1
            var year: Int?
            var counted = false
            if w(end) == ",", let y = yearNumber(end + 1) { year = y; end += 2 } else if let y = yearNumber(end) { year = y; end += 1 }
            else if let dct, let (shift, e) = deicticYear(end) { year = dct.year + shift; end = e; counted = true }
            guard var firstMatch = monthDay(first, end, month: m, day: d, year: year) else { return nil }
            if counted { firstMatch.markCountedYear() ; return [firstMatch] }
            // "February 25th and 26th": the second day shares the month (and year).
            if year == nil, ["and", "to", "-", "–", "through", "or", "until"].contains(w(end)), let d2 = dayNumber(end + 1),
               d2 > d, !(w(end + 2) == "," && yearNumber(end + 3) == nil && false) {
                var y2 = firstMatch.date?.start.year
                var yEnd = end + 2
                if w(yEnd) == ",", let y = yearNumber(yEnd + 1) { y2 = y; yEnd += 2 } else if let y = yearNumber(yEnd) { y2 = y; yEnd += 1 }
                if yEnd > end + 2, let y2 {
                    // The year written after the second day holds for both.
                    if let a = monthDay(first, end, month: m, day: d, year: y2), let b = monthDay(end + 1, yEnd, month: m, day: d2, year: y2) { return [a, b] }
                }
                let second: TimexMatch?
                if let y2, let fd = firstMatch.date {
                    guard CalendarDay.isValid(y2, m, d2) else { return [firstMatch] }
                    let g = Granule.day(CalendarDay(year: y2, month: m, day: d2))
                    second = TimexMatch(first: end + 1, end: end + 2, type: .date, value: g.value, date: g.span(fd.certainty, note: fd.note ?? "month taken from the preceding date"), day: dayOf(g))
                } else {
                    let p = PartialDate(year: nil, month: m, day: d2)
                    second = TimexMatch(first: end + 1, end: end + 2, type: .date, value: p.timeMLValue, date: DateSpan(start: p, certainty: .stated))
                }
                if let second { return [firstMatch, second] }
            }
            return [firstMatch]
        }
        if let y = yearNumber(next) { return monthDay(first, next + 1, month: m, day: nil, year: y).map { [$0] } }
        if w(next) == "of", let y = yearNumber(next + 1) { return monthDay(first, next + 2, month: m, day: nil, year: y).map { [$0] } }
        // "January nineteen ninety-seven", "May of two thousand".
        if let (y, e) = writtenYear(w(next) == "of" ? next + 1 : next, thousands: true) {
            return monthDay(first, e, month: m, day: nil, year: y).map { [$0] }
        }
        // "July last year", "March of next year": the year counted from the document date.
        if let dct, let (shift, e) = deicticYear(next), var match = monthDay(first, e, month: m, day: nil, year: dct.year + shift) {
            match.markCountedYear()
            return [match]
        }
        // A bare month name: ambiguous words ("May", "March") need a sign they are months.
        let ambiguous = ["may", "march", "sun", "sat", "wed", "mar", "jan", "jun", "jul", "aug", "dec", "nov", "oct", "sept", "sep", "apr", "feb"].contains(w(j))
        if lead == nil && (ambiguous || j == 0) && !TimexScanner.monthContext.contains(w(j - 1)) { return nil }
        if lead == nil, isFirstName(j, next: next) { return nil }
        if let lead, let dct {
            var year = dct.year
            switch lead {
            case "last": if m >= dct.month { year -= 1 }
            case "next": if m <= dct.month { year += 1 }
            default: break
            }
            let g = Granule.month(year, m)
            return [TimexMatch(first: i, end: next, type: .date, value: g.value, date: g.span(.inferred, note: "year taken from the document date"))]
        }
        return monthDay(first, next, month: m, day: nil, year: nil).map { [$0] }
    }

    /// Whether the bare month name at j is a first name: a capitalized word follows it directly
    /// ("Jan Novak", "and June Okafor"), neither a month nor a weekday ("January February" lists,
    /// "June Monday" does not occur). After an abbreviation's period ("in Jan. The") a new
    /// sentence may start, which proves nothing.
    func isFirstName(_ j: Int, next: Int) -> Bool {
        guard next == j + 1, kind(next) == .word, tokens[next].isCapitalized else { return false }
        // After a temporal preposition the word is the month: "In January President Okoro ...".
        if TimexScanner.monthPrepositions.contains(w(j - 1)) { return false }
        return lex.months[bare(next)] == nil && lex.weekdays[bare(next)] == nil
    }

    /// Words before a month name that make it the month even before a capitalized word ("in",
    /// "since", "early"); "and", "with", "by" may precede a first name ("by June Okafor").
    static let monthPrepositions: WordSet = ["in", "since", "until", "till", "during", "from", "through", "before", "after", "early", "late", "mid", "last", "next", "this", "of", "between"]

    /// "26 February 1992", "the 25th of February", "26th February", "Friday, 13 October 1989"
    /// (a weekday before the date belongs to it).
    func dayFirstDate(_ i: Int) -> TimexMatch? {
        // The month follows the day (after "the", a weekday and its comma, "of"): within four tokens.
        guard monthNear(i + 1, within: 4) else { return nil }
        var j = w(i) == "the" ? i + 1 : i
        if lex.weekdays[w(i)] != nil, tokens.indices.contains(i), tokens[i].isCapitalized, bare(i).count > 4 {
            j = w(i + 1) == "," ? i + 2 : i + 1
            guard kind(j) != .word else { return nil }
        }
        guard let d = dayNumber(j) else { return nil }
        var k = j + 1
        if w(k) == "of" { k += 1 }
        // A spelled ordinal needs the full form "the first of May".
        if kind(j) == .word && (j == i || k == j + 1) { return nil }
        guard let (m, next) = month(k) else { return nil }
        var end = next
        var year: Int?
        if w(end) == ",", let y = yearNumber(end + 1) { year = y; end += 2 } else if let y = yearNumber(end) { year = y; end += 1 }
        return monthDay(i, end, month: m, day: d, year: year)
    }

    /// "1992", "fiscal 1989", "the year 2000", "calendar 1990".
    func year(_ i: Int) -> TimexMatch? {
        // The year's digits stand at i or after "fiscal", "year" or "the year".
        guard kindNear(.number, i, within: 3) else { return nil }
        var j = i
        // The lead words are words: a number at i is the year itself (no lookup).
        if kind(i) == .word {
            if TimexScanner.yearKinds.contains(w(i)) { j = i + 1 }
            if w(i) == "the", w(i + 1) == "year" { j = i + 2 } else if w(i) == "year", kind(i + 1) == .number { j = i + 1 }
        }
        guard let y = yearNumber(j) else { return nil }
        if TimexScanner.notYearBefore.contains(w(j - 1)) && j == i { return nil }
        if TimexScanner.notYearAfter.contains(w(j + 1)) { return nil }
        if w(j + 1) == "-" && touching(j) && kind(j + 2) == .word && lex.units[w(j + 2)] == nil && !touching(j + 1) == false { /* "1992-style" stays a year */ }
        if y < 1900 && j == i && !TimexScanner.oldYearContext.contains(w(i - 1)) { return nil }
        if j == i, w(i + 1) == ":" || (w(i + 1) == "," && kind(i + 2) == .number && w(i + 2).count == 3) { return nil }
        return stated(i, j + 1, .year(y), year: y)
    }

    /// "1992/1993" (one token): two years sharing the token, each with its own offsets.
    func slashedYears(_ i: Int) -> [TimexMatch]? {
        // Most numbers hold no "/": spare them the split (one part, no match either way).
        guard kind(i) == .number, w(i).utf8.contains(UInt8(ascii: "/")) else { return nil }
        let parts = w(i).split(separator: "/")
        guard parts.count == 2, parts[0].count == 4, let a = Int(parts[0]), (1000...2099).contains(a) else { return nil }
        let b: Int
        if parts[1].count == 4, let y = Int(parts[1]) { b = y } else if parts[1].count == 2, let y = Int(parts[1]) { b = a - a % 100 + y } else { return nil }
        guard b > a, b - a <= 10 else { return nil }
        var first = stated(i, i + 1, .year(a), year: a)
        first.scalarRange = (tokens[i].start, tokens[i].start + 4)
        var second = stated(i, i + 1, .year(b), year: b)
        second.scalarRange = (tokens[i].start + 5, tokens[i].end)
        return [first, second]
    }

    /// "the 1990s", "the early 1990s", "'90s", "the 20th century", "the nineteenth century".
    func decadeOrCentury(_ i: Int) -> TimexMatch? {
        // The decade ("1990s", "'90s") or the century's ordinal ("20th", "nineteenth") stands
        // at most four tokens on ("the early - 1990s", "the late '90s").
        guard kindNear(.alphanumeric, i, within: 5) || listed(.ordinal, near: i, within: 5) else { return nil }
        var j = i
        if w(j) == "the" { j += 1 }
        var modifier: String?
        if TimexScanner.periodModifiers.contains(w(j)) { modifier = tokens[j].text; j += 1; if w(j) == "-" { j += 1 } }
        if w(j) == "'" || w(j) == "’", kind(j + 1) == .alphanumeric { j += 1 }
        let t = w(j)
        var g: Granule?
        if kind(j) == .alphanumeric, t.hasSuffix("s"), let n = Int(t.dropLast()), n % 10 == 0 {
            if t.count == 5, (1000...2090).contains(n) { g = .decade(n) } else if t.count == 3 { g = .decade(n < 30 && n != 20 ? 2000 + n : 1900 + n) }
        } else if w(j + 1) == "century" || w(j + 1) == "centuries", let n = lex.ordinal(t), (1...21).contains(n) {
            g = .century((n - 1) * 100); j += 1
        }
        guard let g else { return nil }
        if j == i && modifier == nil && w(i) == "the" { return nil }
        var m = stated(i, j + 1, g)
        if let modifier { m.date?.certainty = .approximate; m.date?.note = "stated approximately (\(modifier))" }
        return m
    }

    /// "Christmas", "Christmas Day 1998", "New Year's Eve".
    func holiday(_ i: Int) -> TimexMatch? {
        guard tokens.indices.contains(i), tokens[i].isCapitalized, lex.holidayFirstWords.contains(w(i)) else { return nil }
        for n in stride(from: min(lex.holidayMaxLength + 2, tokens.count - i), through: 1, by: -1) {
            let words = (i..<(i + n)).map { w($0) }
            guard let md = lex.holidays[words] ?? lex.holidays[mergedApostrophes(words)] else { continue }
            let end = i + n
            if let y = yearNumber(end) { return stated(i, end + 1, .day(CalendarDay(year: y, month: md.month, day: md.day)), year: y) }
            return monthDay(i, end, month: md.month, day: md.day, year: nil)
        }
        return nil
    }

    /// Joins "'", "s" into "'s" so "New Year's" matches however it was tokenized.
    func mergedApostrophes(_ words: [String]) -> [String] {
        var out: [String] = []
        for word in words {
            if word == "s", let last = out.last, last == "'" || last == "’" { out[out.count - 1] = "'s"; continue }
            if (word == "'" || word == "’"), !out.isEmpty { out.append("'"); continue }
            out.append(word)
        }
        return out
    }
}
