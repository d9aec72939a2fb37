/// Expressions anchored on a date written inside them or on the last day the text named:
/// "the week of March 6", "the previous Friday" (`anchoredOnPrevious` tries them).
extension TimexScanner {
    /// "the week of March 6", "the weekend of 12 June": the ISO week (weekend) holding the date,
    /// as certain as the date.
    func weekOfDate(_ i: Int) -> TimexMatch? {
        guard w(i) == "the", w(i + 2) == "of", lex.units[bare(i + 1)] == "W" || lex.units[bare(i + 1)] == "WE" else { return nil }
        let dates = monthFirstDate(i + 3) ?? dayFirstDate(i + 3).map { [$0] }
        guard let dates, dates.count == 1, let m = dates.first, m.first == i + 3, let day = m.day, let d = m.date else { return nil }
        let g: Granule = lex.units[bare(i + 1)] == "W" ? .week(day) : .weekend(day)
        return TimexMatch(first: i, end: m.end, type: .date, value: g.value, date: g.span(d.certainty, note: d.note), statedYear: m.statedYear)
    }

    /// "the previous Friday", "the following Monday": the nearest such weekday strictly before
    /// (after) the last day named in the text, else the document date.
    func weekdayFromPrevious(_ i: Int) -> TimexMatch? {
        // The gate's bit first: a weekday (or a weekday rule's lead word) two tokens on.
        guard i + 2 < tokens.count, gates[i + 2].rules.rawValue & (1 << UInt32(TimexRule.weekday.rawValue)) != 0, w(i) == "the" else { return nil }
        let shift: Int
        switch w(i + 1) {
        case "previous", "preceding": shift = -1
        case "following": shift = 1
        default: return nil
        }
        guard let target = lex.weekdays[bare(i + 2)], bare(i + 2).count > 4, tokens[i + 2].isCapitalized else { return nil }
        guard let anchor = context.lastDay ?? dct else { return TimexMatch(first: i, end: i + 3, type: .date, value: "XXXX-WXX-\(target)") }
        var delta = target - anchor.weekday
        if shift < 0, delta >= 0 { delta -= 7 }
        if shift > 0, delta <= 0 { delta += 7 }
        return anchored(i, i + 3, .day(anchor.adding(days: delta)))
    }
}
