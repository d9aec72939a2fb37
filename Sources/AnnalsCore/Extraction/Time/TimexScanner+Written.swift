/// Rules for dates written in words or in one hyphenated token: spelled-out years ("nineteen
/// ninety-six", "the year two thousand"), "mid-November", "the current fiscal year" and holidays
/// whose day moves with the weekday ("Thanksgiving", "Labor Day").
extension TimexScanner {
    /// The rules of this file as one `TimexRule` (they open on different words,
    /// so at most one matches at a token): one dispatch per start token instead of four.
    func writtenDate(_ i: Int) -> TimexMatch? {
        floatingHoliday(i) ?? spelledYear(i) ?? hyphenatedMonth(i) ?? currentPeriod(i)
    }

    /// A year at i in digits ("1996") or in words ("nineteen ninety-six", "nineteen hundred"; and
    /// "two thousand (and) six" when `thousands` is true, i.e. after "the year", a month or "of",
    /// since "two thousand" alone is mostly a count). Returns the year and the index after it.
    /// Complexity: O(1), a few dictionary lookups.
    func writtenYear(_ i: Int, thousands: Bool) -> (year: Int, next: Int)? {
        if let y = yearNumber(i) { return (y, i + 1) }
        guard kind(i) == .word else { return nil }
        var result: (year: Int, next: Int)?
        if let century = lex.numbers[w(i)], (10...20).contains(century), century != 20 || thousands {
            // "nineteen ninety-six", "nineteen seventy nine", "nineteen hundred", "nineteen ten".
            if w(i + 1) == "hundred" {
                // "twelve hundred" alone is mostly a count: only after "the year", a month or "of".
                guard thousands else { return nil }
                result = (century * 100, i + 2)
            } else if let (next, n) = yearTail(i + 1), n >= 10 {
                result = (century * 100 + n, next)
            }
        } else if thousands, w(i) == "two", w(i + 1) == "thousand" {
            var next = i + 2
            var n = 0
            let k = w(next) == "and" ? next + 1 : next
            if let (after, m) = yearTail(k), m < 100 { n = m; next = after }
            result = (2000 + n, next)
        }
        guard let result, (1000...2099).contains(result.year) else { return nil }
        if TimexScanner.notYearAfter.contains(w(result.next)) { return nil }
        return result
    }

    /// A number word 1...99 at i: "six", "ninety-six" (one token), "ninety - six" or "ninety six".
    private func yearTail(_ i: Int) -> (next: Int, value: Int)? {
        guard kind(i) == .word, let n = lex.cardinal(w(i)), (1...99).contains(n), w(i) != "a", w(i) != "an" else { return nil }
        if n >= 20, n % 10 == 0 {
            if w(i + 1) == "-", let u = lex.numbers[w(i + 2)], (1...9).contains(u) { return (i + 3, n + u) }
            if kind(i + 1) == .word, let u = lex.numbers[w(i + 1)], (1...9).contains(u), w(i + 1) != "a", w(i + 1) != "an" { return (i + 2, n + u) }
        }
        return (i + 1, n)
    }

    /// "nineteen ninety-six", "the year two thousand" (digit years are `year(_:)`'s).
    func spelledYear(_ i: Int) -> TimexMatch? {
        // A spelled year opens with a number word ("nineteen", "two"), after "the year" at most.
        guard listed(.number, near: i, within: 3) else { return nil }
        var j = i
        if w(i) == "the", w(i + 1) == "year" { j = i + 2 } else if w(i) == "year" { j = i + 1 }
        guard yearNumber(j) == nil, let (y, next) = writtenYear(j, thousands: j > i) else { return nil }
        return stated(i, next, .year(y), year: y)
    }

    /// "mid-November", "early-March", "late-December 1998": a month with a glued modifier, approximate.
    func hyphenatedMonth(_ i: Int) -> TimexMatch? {
        guard kind(i) == .word, gates[i].isHyphenatedWord else { return nil }
        let t = w(i)
        guard let dash = t.hyphenIndex, ["mid", "early", "late"].contains(String(t[..<dash])) else { return nil }
        let name = String(t[t.index(after: dash)...])
        guard name.count >= 3, let month = lex.months[name] else { return nil }
        // Months are capitalized in news: "mid-November", not "mid-march" (a march).
        let text = tokens[i].text
        guard let letter = text[text.index(after: text.hyphenIndex!)...].first, letter.isUppercase else { return nil }
        let year = writtenYear(i + 1, thousands: false)
        guard var m = monthDay(i, year?.next ?? i + 1, month: month, day: nil, year: year?.year) else { return nil }
        if var d = m.date {
            d.certainty = .approximate
            d.note = "stated approximately (\(String(text[..<text.hyphenIndex!])))"
            m.date = d
        }
        return m
    }

    /// "the current year", "the current fiscal year", "the present quarter", "the current month":
    /// the period of the document date holding it.
    func currentPeriod(_ i: Int) -> TimexMatch? {
        // The unit is the third or fourth token ("the current year", "the current fiscal year").
        guard listed(.unit, near: i + 2, within: 2) else { return nil }
        guard w(i) == "the" || w(i) == "its" || w(i) == "this" else { return nil }
        var j = i + 1
        guard w(j) == "current" || w(j) == "present" else { return nil }
        j += 1
        if w(j) == "fiscal" || w(j) == "calendar" { j += 1 }
        guard let unit = lex.units[bare(j)], !bare(j).hasSuffix("s"), ["Y", "Q", "M", "W"].contains(unit) else { return nil }
        guard let dct else {
            let g = CalendarDay(year: 2000, month: 1, day: 1).granule(unit: unit, shiftedBy: 0)
            return TimexMatch(first: i, end: j + 1, type: .date, value: unit == "Q" ? "XXXX-QX" : g?.unanchoredValue ?? "XXXX")
        }
        return relative(i, j + 1, dct.granule(unit: unit, shiftedBy: 0))
    }

    /// "Thanksgiving", "Labor Day 1998", "last Thanksgiving": holidays on the nth weekday of a month
    /// (floating_holidays.txt), in the year written after them, else the year of the document date
    /// (the year before after "last" when this year's falls after the DCT, the year after with "next").
    func floatingHoliday(_ i: Int) -> TimexMatch? {
        guard listed(.floatingHolidayStart, near: i, within: 2) else { return nil }
        var j = i
        var lead: String?
        let first = w(i)
        if first == "last" || first == "next" || first == "this" { lead = first; j = i + 1 }
        guard tokens.indices.contains(j), tokens[j].isCapitalized, lex.floatingHolidayFirstWords.contains(w(j)) else { return nil }
        for n in stride(from: min(lex.floatingHolidayMaxLength + 2, tokens.count - j), through: 1, by: -1) {
            let words = (j..<(j + n)).map { w($0) }
            guard let rule = lex.floatingHolidays[words] ?? lex.floatingHolidays[mergedApostrophes(words)] else { continue }
            let end = j + n
            if lead == nil, let y = yearNumber(end), let day = rule.day(in: y) { return stated(i, end + 1, .day(day), year: y) }
            guard let dct, let thisYear = rule.day(in: dct.year) else {
                return TimexMatch(first: i, end: end, type: .date, value: "XXXX-" + pad2(rule.month) + "-XX")
            }
            var year = dct.year
            switch lead {
            case "last": if thisYear >= dct { year -= 1 }
            case "next": if thisYear <= dct { year += 1 }
            case "this": break
            default:
                let tense = tense(around: j)
                let days = thisYear.serial - dct.serial
                if tense == .past && days > 92 || tense == .unknown && days > 183 { year -= 1 }
                if tense == .future && days < -92 || tense == .unknown && days < -183 { year += 1 }
            }
            guard let day = rule.day(in: year) else { return nil }
            return relative(i, end, .day(day), note: "year taken from the document date")
        }
        return nil
    }
}

/// A holiday on the nth weekday of a month, counted from a day of the month: Thanksgiving is the
/// 4th Thursday of November; US Election Day the first Tuesday from November 2; nth -1 is the last.
struct FloatingHoliday: Sendable {
    var month: Int
    /// ISO weekday, Monday = 1.
    var weekday: Int
    var nth: Int
    var fromDay: Int

    /// The day in a given year. Complexity: O(1).
    func day(in year: Int) -> CalendarDay? {
        guard (1...12).contains(month), (1...7).contains(weekday) else { return nil }
        if nth < 0 {
            let last = CalendarDay(year: year, month: month, day: PartialDate.daysIn(month: month, year: year))
            let back = (last.weekday - weekday + 7) % 7
            return last.adding(days: -back + 7 * (nth + 1))
        }
        let start = CalendarDay(year: year, month: month, day: fromDay)
        let d = start.adding(days: (weekday - start.weekday + 7) % 7 + 7 * (nth - 1))
        return d.month == month ? d : nil
    }
}
