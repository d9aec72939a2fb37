/// Rules for periods news and financial reports name without a number of their own: "the year"
/// of a report (the document's year), "the year ended June 30" (a span of one year), "year-end",
/// and decades in words ("the nineties").
extension TimexScanner {
    /// The rules of this file as one `TimexRule` (each opens on its own words).
    /// Complexity: O(1); the token gates reject most tries before any String comparison.
    func namedPeriod(_ i: Int) -> TimexMatch? {
        if gates[i].isHyphenatedWord || listed(.unit, near: i, within: 1) { return yearEnd(i) }
        if gates[i].facts.contains(.then) { return then(i) }
        if listed(.half, near: i + 2, within: 1) { return halfYear(i) }
        guard listed([.unit, .decadeWord], near: i + 1, within: 3) else { return nil }
        return reportYear(i) ?? spelledDecade(i)
    }

    /// Words before "then" that make it stand for the date named last ("until then", "by then").
    static let thenLeads: WordSet = ["until", "till", "by"]

    /// "until then", "by then": "then" is the last date the text named (same value); nothing when
    /// the text named none. ("since then" opens a span up to now, not the date itself.)
    func then(_ i: Int) -> TimexMatch? {
        guard TimexScanner.thenLeads.contains(w(i - 1)), let last = context.lastDate else { return nil }
        var date = last.date
        if var d = date {
            d.certainty = max(d.certainty, .inferred)
            d.note = "the date named before"
            date = d
        }
        return TimexMatch(first: i, end: i + 1, type: .date, value: last.value, date: date)
    }

    /// "the first half of 1990", "the second half of the year", "the last half of next year":
    /// TimeML's half-years YYYY-H1, YYYY-H2.
    func halfYear(_ i: Int) -> TimexMatch? {
        guard w(i) == "the", w(i + 3) == "of" else { return nil }
        let half: Int
        switch w(i + 1) {
        case "first": half = 1
        case "second", "last", "latter": half = 2
        default: return nil
        }
        let k = i + 4
        func match(_ year: Int, _ end: Int, _ certainty: Certainty, _ note: String?) -> TimexMatch {
            let span = DateSpan(start: PartialDate(year: year, month: half == 1 ? 1 : 7), end: PartialDate(year: year, month: half == 1 ? 6 : 12),
                                certainty: certainty, note: note)
            return TimexMatch(first: i, end: end, type: .date, value: pad4(year) + "-H\(half)", date: span,
                              statedYear: certainty == .stated ? year : nil)
        }
        if let y = yearNumber(k) { return match(y, k + 1, .stated, nil) }
        let counted: (shift: Int, next: Int)?
        if w(k) == "the", w(k + 1) == "year" { counted = (0, k + 2) } else { counted = deicticYear(k) }
        guard let counted else { return nil }
        guard let dct else { return TimexMatch(first: i, end: counted.next, type: .date, value: "XXXX-H\(half)") }
        return match(dct.year + counted.shift, counted.next, .inferred, "year counted from the document date")
    }

    /// Words before "the year" that make it the year the report speaks of ("profit for the year",
    /// "the first nine months of the year").
    static let reportYearLeads: WordSet = ["for", "of", "in", "during", "throughout", "over", "through"]
    /// Words after "the year" that open the date it ends on: the year is then a span of one year
    /// ("the year ended Sept. 30", "the fiscal year ending June 30").
    static let yearEndingWords: WordSet = ["ended", "ending", "ends", "to"]
    /// Words between "the" and "year" that keep it the report's year ("the fiscal year", "the full year").
    static let reportYearKinds: WordSet = ["fiscal", "full", "calendar"]

    /// "the year ended Sept. 30" (DURATION P1Y: a year counted back from the date that follows),
    /// "for the year", "of the year", "the full year", "for the fiscal year" (the DCT's year: in a
    /// report the year named without a number is the current one; TimeML gives it its year).
    /// "the year" followed by a word ("the year before", "the year of the flood") is left alone.
    func reportYear(_ i: Int) -> TimexMatch? {
        guard w(i) == "the" || w(i) == "its" else { return nil }
        var j = i + 1
        if TimexScanner.reportYearKinds.contains(w(j)) { j += 1 }
        guard w(j) == "year" else { return nil }
        let end = j + 1
        if TimexScanner.yearEndingWords.contains(w(end)), w(end) != "to" || w(end + 1) == "date" {
            // "the year to date" is the span up to the document date, "the year ended ..." a year.
            if w(end) == "to" { return nil }
            return TimexMatch(first: i, end: end, type: .duration, value: "P1Y")
        }
        guard TimexScanner.reportYearLeads.contains(w(i - 1)) else { return nil }
        // Only at the end of the clause or its subject ("net income for the year rose"), or before
        // "of" and an amount ("a high for the year of $42").
        let next = kind(end)
        guard next == nil || next == .punctuation && w(end) != "-" && w(end) != "'" && w(end) != "’"
                || w(end) == "of" && kind(end + 1) != .word || tenseCue(end) != nil else { return nil }
        guard let dct else { return TimexMatch(first: i, end: end, type: .date, value: "XXXX") }
        return relative(i, end, .year(dct.year), note: "the year of the report, taken from the document date")
    }

    /// "year-end", "year end", "year's end": the end of the document's year (TimeML: the year,
    /// with mod END), or of the year before after "since" ("up 4% since year-end").
    func yearEnd(_ i: Int) -> TimexMatch? {
        let end: Int
        if w(i) == "year-end" || w(i) == "yearend" { end = i + 1 }
        else if bare(i) == "year", w(i + 1) == "end" { end = i + 2 }
        else if w(i) == "year", w(i + 1) == "'" || w(i + 1) == "’", w(i + 2) == "s", w(i + 3) == "end" { end = i + 4 }
        else { return nil }
        // "year-end results", "a year-end bonus": an adjective before a noun is left to the noun.
        if kind(end) == .word, !TimexScanner.clauseWordsAfterYearEnd.contains(w(end)) { return nil }
        guard let dct else { return TimexMatch(first: i, end: end, type: .date, value: "XXXX") }
        let year = w(i - 1) == "since" ? dct.year - 1 : dct.year
        var m = relative(i, end, .year(year), note: "the end of the year, taken from the document date")
        m.date?.certainty = .approximate
        return m
    }

    /// Words that may follow "year-end" in its own clause ("by year-end and", "at year end when").
    static let clauseWordsAfterYearEnd: WordSet = ["and", "or", "but", "when", "as", "if", "while", "because", "after", "before", "than"]

    /// "the nineties", "the early eighties": the latest decade with that digit that began no later
    /// than the document date's decade (decades.txt); "XXX" without a document date.
    func spelledDecade(_ i: Int) -> TimexMatch? {
        guard w(i) == "the" else { return nil }
        var j = i + 1
        var modifier: String?
        if TimexScanner.periodModifiers.contains(w(j)) { modifier = tokens[j].text; j += 1 }
        if w(j) == "'" || w(j) == "’" { j += 1 }
        guard let digit = lex.decadeWords[w(j)] else { return nil }
        guard let dct else { return TimexMatch(first: i, end: j + 1, type: .date, value: "XXX") }
        var start = dct.year - ((dct.year % 100) + 100) % 100 + digit * 10
        if start > dct.year { start -= 100 }
        var m = relative(i, j + 1, .decade(start), note: "century taken from the document date")
        if let modifier { m.date?.certainty = .approximate; m.date?.note = "stated approximately (\(modifier)); century taken from the document date" }
        return m
    }

    /// "last year", "this year", "next year", also after "of" ("March of last year"), at i: the
    /// shift from the document date's year and the index after. "last year's" is left alone.
    func deicticYear(_ i: Int) -> (shift: Int, next: Int)? {
        let k = w(i) == "of" ? i + 1 : i
        guard w(k + 1) == "year" else { return nil }
        switch w(k) {
        case "last": return (-1, k + 2)
        case "this": return (0, k + 2)
        case "next": return (1, k + 2)
        default: return nil
        }
    }
}

extension TimexMatch {
    /// A date whose year was counted from the document date ("July last year"): inferred, not stated.
    mutating func markCountedYear() {
        date?.certainty = .inferred
        date?.note = "year counted from the document date"
    }
}
