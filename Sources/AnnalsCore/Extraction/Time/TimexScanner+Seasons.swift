/// Parts of a year: seasons ("the summer of 1998", "last winter") and quarters ("the third
/// quarter", "its fourth quarter").
extension TimexScanner {
    /// "summer 1998", "the summer of 1998", "this summer", "last winter", "the fall".
    func season(_ i: Int) -> TimexMatch? {
        guard listed(.season, near: i, within: 3) else { return nil }
        var j = i
        var lead: String?
        if TimexScanner.seasonLeads.contains(w(j)) { lead = w(j); j += 1 }
        var modifier: String?
        if lead != nil, TimexScanner.periodModifiers.contains(w(j)), lex.seasons[w(j + 1)] != nil { modifier = tokens[j].text; j += 1 }
        guard let code = lex.seasons[w(j)] else { return nil }
        guard let modifier else { return seasonMatch(i, j, lead: lead, code: code) }
        var m = seasonMatch(i, j, lead: lead, code: code)
        if m?.date != nil { m?.date?.certainty = .approximate; m?.date?.note = "stated approximately (\(modifier))" }
        return m
    }

    /// The season at j (code), after a lead word at i or none.
    private func seasonMatch(_ i: Int, _ j: Int, lead: String?, code: String) -> TimexMatch? {
        // "fall" is also a verb and a noun ("the fall of the city"): require a year or a determiner.
        let end = j + 1
        if let y = yearNumber(end) { return stated(i, end + 1, .season(y, code), year: y) }
        if w(end) == "of", let y = yearNumber(end + 1) { return stated(i, end + 2, .season(y, code), year: y) }
        if w(end) == "of", let (y, e) = writtenYear(end + 1, thousands: true) { return stated(i, e, .season(y, code), year: y) }
        guard let lead, lead != "the" || code != "FA" else { return nil }
        if lead == "the", w(end) == "of" { return nil }
        guard let dct else { return TimexMatch(first: i, end: end, type: .date, value: "XXXX-" + code) }
        let startMonth = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][code] ?? 1
        var year = dct.year
        switch lead {
        case "last", "past": if dct.month < startMonth + 3 { year -= 1 }
        case "next": if dct.month >= startMonth { year += 1 }
        default: break
        }
        return relative(i, end, .season(year, code), note: "year taken from the document date")
    }

    /// "the third quarter", "third-quarter", "the fiscal first quarter", "the quarter",
    /// "the latest quarter", "the year-earlier quarter", "the first quarter of 1990".
    func quarter(_ i: Int) -> TimexMatch? {
        guard var m = quarterWithDeterminer(i) else { return nil }
        // TimeML leaves out a determiner that is no part of the period's name ("its [fourth
        // quarter]", "a [third-quarter] charge") and "the" before an adjective ("the
        // [third-quarter] results", "the [year-ago] results"); "the third quarter" keeps it.
        if m.first == i, m.end > i + 1, TimexScanner.quarterDeterminers.contains(w(i)) || w(i) == "the" && m.end == i + 2 && gates[i + 1].isHyphenatedWord {
            m.first = i + 1
        }
        return m
    }

    /// Determiners left out of a quarter's span.
    static let quarterDeterminers: WordSet = ["its", "a", "that", "their"]

    func quarterWithDeterminer(_ i: Int) -> TimexMatch? {
        var j = i
        var yearShift = 0
        // "this year's", "next year's", "last year's" (however the possessive was tokenized).
        var possessive = 0
        if w(i) == "this" || w(i) == "next" || w(i) == "last" {
            if w(i + 1) == "year's" || w(i + 1) == "year’s" { possessive = 2 }
            else if w(i + 1) == "year", w(i + 2) == "'s" || w(i + 2) == "’s" { possessive = 3 }
            else if w(i + 1) == "year", w(i + 2) == "'" || w(i + 2) == "’", w(i + 3) == "s" { possessive = 4 }
        }
        if possessive > 0 {
            yearShift = w(i) == "next" ? 1 : w(i) == "last" ? -1 : 0; j += possessive
        } else if ["the", "its", "this", "last", "next", "a", "that"].contains(w(j)) { j += 1 }
        // "the 1988 second quarter", "the 1988 quarter": a year written before the quarter.
        var writtenYear: Int?
        if j > i, let y = yearNumber(j) { writtenYear = y; j += 1 }
        // "the year-ago quarter", "the year-earlier third quarter", "the year-ago period",
        // "year-earlier" results: the quarter last named (else the last completed one) a year before.
        var yearAgo = false
        if w(j) == "year-ago" || w(j) == "year-earlier" || w(j) == "comparable" && (w(j + 1) == "year-ago" || w(j + 1) == "year-earlier") {
            yearAgo = true; j += w(j) == "comparable" ? 2 : 1
        }
        if w(j) == "fiscal" { j += 1 }
        if yearAgo || writtenYear != nil, w(j) == "quarter" || w(j) == "period" || yearAgo && writtenYear == nil && !(lex.ordinal(w(j)).map { (1...4).contains($0) } ?? false) && w(j) != "quarter" {
            // The quarter is the one the report is about: the last named, else the last completed.
            let base: (year: Int, quarter: Int)? = context.lastQuarter ?? dct.map { d in
                d.quarter == 1 ? (d.year - 1, 4) : (d.year, d.quarter - 1)
            }
            let consumed = w(j) == "quarter" || w(j) == "period" ? j + 1 : j
            if let y = writtenYear {
                guard w(j) == "quarter" || w(j) == "period", let b = context.lastQuarter else { return nil }
                var m = stated(i, consumed, .quarter(y, b.quarter), year: y)
                m.date?.certainty = .inferred; m.date?.note = "quarter taken from the quarter named before"
                m.derivedQuarter = true
                return m
            }
            guard let base else { return TimexMatch(first: i, end: consumed, type: .date, value: "XXXX-QX") }
            var m = relative(i, consumed, .quarter(base.year - 1, base.quarter), note: "the quarter named before, a year earlier")
            m.derivedQuarter = true
            return m
        }
        var q: Int?
        var relativeShift: Int?
        var end = j
        let t = w(j)
        if t.hasSuffix("-quarter"), let n = lex.ordinal(String(t.dropLast(8))), (1...4).contains(n) {
            q = n; end = j + 1
        } else if t.hasPrefix("fiscal-"), t.hasSuffix("-quarter") || w(j + 1) == "quarter", let n = lex.ordinal(String(t.dropFirst(7)).replacingOccurrences(of: "-quarter", with: "")), (1...4).contains(n) {
            q = n; end = t.hasSuffix("-quarter") ? j + 1 : j + 2
        } else if let n = lex.ordinal(t), (1...4).contains(n), bare(j + 1) == "quarter" {
            q = n; end = j + 2
        } else if w(i) == "the" || w(i) == "this" || w(i) == "last" || w(i) == "next" || w(i) == "its" {
            let lead = j == i + 1 ? w(i) : "the"
            var k = j
            var shift = 0
            switch w(k) {
            case "latest", "recent", "most-recent", "past", "previous", "just-ended": shift = -1; k += 1
            case "current", "present": k += 1
            case "year-earlier", "year-ago": shift = -4; k += 1
            case "next", "coming": shift = 1; k += 1
            default: shift = lead == "last" ? -1 : lead == "next" ? 1 : lead == "this" ? 0 : -1
            }
            guard bare(k) == "quarter" else { return nil }
            if k == j && lead == "this" { shift = 0 }
            relativeShift = shift; end = k + 1
        }
        if let q {
            if let y = writtenYear { return stated(i, end, .quarter(y, q), year: y) }
            if yearAgo {
                let base = context.lastQuarter?.year ?? dct?.year
                guard let base else { return TimexMatch(first: i, end: end, type: .date, value: "XXXX-Q\(q)") }
                var m = relative(i, end, .quarter(base - 1, q), note: "the quarter a year before the one named")
                m.derivedQuarter = true
                return m
            }
            if w(end) == "of", let y = yearNumber(end + 1) { return stated(i, end + 2, .quarter(y, q), year: y) }
            if let y = yearNumber(end) { return stated(i, end + 1, .quarter(y, q), year: y) }
            guard let dct else { return TimexMatch(first: i, end: end, type: .date, value: "XXXX-Q\(q)") }
            var year = dct.year + yearShift
            if yearShift == 0 && q > dct.quarter && tense(around: i) != .future { year -= 1 }
            return relative(i, end, .quarter(year, q), note: "year taken from the document date")
        }
        guard let shift = relativeShift else { return nil }
        guard let dct else { return TimexMatch(first: i, end: end, type: .date, value: "XXXX-QX") }
        return relative(i, end, dct.granule(unit: "Q", shiftedBy: shift))
    }
}
