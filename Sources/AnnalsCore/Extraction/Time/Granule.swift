/// A calendar period a time expression resolves to, before it is written as a TimeML value.
enum Granule: Sendable {
    case day(CalendarDay)
    case month(Int, Int)
    case year(Int)
    /// The ISO week holding the day.
    case week(CalendarDay)
    /// The weekend of the ISO week holding the day.
    case weekend(CalendarDay)
    case quarter(Int, Int)
    /// Year and TimeML season code (SP SU FA WI).
    case season(Int, String)
    /// First year of the decade (1990 for "the 1990s").
    case decade(Int)
    /// First year of the century as TimeML counts it (1900 for "the 20th century", value "19").
    case century(Int)
    /// A day and a TimeML part-of-day code (MO AF EV NI).
    case partOfDay(CalendarDay, String)
    /// A clock time on a day.
    case clock(CalendarDay, Int, Int)

    /// The TimeML value: `1998-01-08`, `1998-W02`, `1998-Q3`, `1998-SU`, `199`, `1998-01-08T10:30`.
    var value: String {
        switch self {
        case .day(let d): return d.value
        case .month(let y, let m): return PartialDate(year: y, month: m).timeMLValue
        case .year(let y): return PartialDate(year: y).timeMLValue
        case .week(let d): let w = d.isoWeek; return pad4(w.year) + "-W" + pad2(w.week)
        case .weekend(let d): let w = d.isoWeek; return pad4(w.year) + "-W" + pad2(w.week) + "-WE"
        case .quarter(let y, let q): return pad4(y) + "-Q\(q)"
        case .season(let y, let s): return pad4(y) + "-" + s
        case .decade(let y): return PartialDate(year: y, precision: .decade).timeMLValue
        case .century(let y): return PartialDate(year: y, precision: .century).timeMLValue
        case .partOfDay(let d, let p): return d.value + "T" + p
        case .clock(let d, let h, let m): return d.value + "T" + pad2(h) + ":" + pad2(m)
        }
    }

    /// The value with the parts that depend on an unknown document date written as X.
    var unanchoredValue: String {
        switch self {
        case .day: return "XXXX-XX-XX"
        case .month: return "XXXX-XX"
        case .year: return "XXXX"
        case .week: return "XXXX-WXX"
        case .weekend: return "XXXX-WXX-WE"
        case .quarter(_, let q): return "XXXX-Q\(q)"
        case .season(_, let s): return "XXXX-" + s
        case .decade: return "XXX"
        case .century: return "XX"
        case .partOfDay(_, let p): return "XXXX-XX-XXT" + p
        case .clock(_, let h, let m): return "XXXX-XX-XXT" + pad2(h) + ":" + pad2(m)
        }
    }

    /// The first day it covers, when it covers whole days.
    var firstDay: CalendarDay? {
        switch self {
        case .day(let d), .partOfDay(let d, _), .clock(let d, _, _): return d
        case .week(let d): return d.adding(days: 1 - d.weekday)
        case .weekend(let d): return d.adding(days: 6 - d.weekday)
        default: return nil
        }
    }

    /// The calendar date or period as the shared model states it.
    func span(_ certainty: Certainty, note: String?) -> DateSpan {
        func one(_ p: PartialDate, _ q: PartialDate? = nil) -> DateSpan { DateSpan(start: p, end: q, certainty: certainty, note: note) }
        switch self {
        case .day(let d), .partOfDay(let d, _): return one(d.partialDate)
        case .clock(let d, _, _): return one(PartialDate(year: d.year, month: d.month, day: d.day, precision: .time))
        case .month(let y, let m): return one(PartialDate(year: y, month: m))
        case .year(let y): return one(PartialDate(year: y))
        case .week(let d):
            let monday = d.adding(days: 1 - d.weekday)
            return one(monday.partialDate, monday.adding(days: 6).partialDate)
        case .weekend(let d):
            let saturday = d.adding(days: 6 - d.weekday)
            return one(saturday.partialDate, saturday.adding(days: 1).partialDate)
        case .quarter(let y, let q): return one(PartialDate(year: y, month: q * 3 - 2), PartialDate(year: y, month: q * 3))
        case .season(let y, let s):
            return one(PartialDate(year: y, month: ["WI": 1, "SP": 4, "SU": 7, "FA": 10][s] ?? 1, precision: .season))
        case .decade(let y): return one(PartialDate(year: y, precision: .decade))
        case .century(let y): return one(PartialDate(year: y, precision: .century))
        }
    }
}

func pad2(_ n: Int) -> String { n < 10 && n >= 0 ? "0\(n)" : "\(n)" }
func pad4(_ n: Int) -> String {
    let s = String(abs(n))
    return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - s.count)) + s
}

extension CalendarDay {
    /// The period of the given unit letter holding this day shifted by `n` units
    /// (units.txt letters: Y M W D Q DE CE WE FN).
    func granule(unit: String, shiftedBy n: Int) -> Granule? {
        switch unit {
        case "D": return .day(adding(days: n))
        case "W": return .week(adding(days: 7 * n))
        case "FN": return .week(adding(days: 14 * n))
        case "WE": return .weekend(adding(days: 7 * n))
        case "M": let d = adding(months: n); return .month(d.year, d.month)
        case "Q":
            let total = year * 4 + quarter - 1 + n
            let y = Int((Double(total) / 4).rounded(.down))
            return .quarter(y, total - y * 4 + 1)
        case "Y": return .year(year + n)
        case "DE": let y = year + 10 * n; return .decade(y - ((y % 10) + 10) % 10)
        case "CE": let y = year + 100 * n; return .century(y - ((y % 100) + 100) % 100)
        default: return nil
        }
    }
}
