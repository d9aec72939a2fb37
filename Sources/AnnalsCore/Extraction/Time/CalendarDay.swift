/// A proleptic Gregorian calendar day, with the arithmetic relative expressions need
/// ("two days ago", "last Friday", ISO weeks). All operations are O(1).
struct CalendarDay: Hashable, Sendable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `serial` days after 1970-01-01 (Howard Hinnant's civil-from-days algorithm).
    init(serial: Int) {
        let z = serial + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// Days since 1970-01-01.
    var serial: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday: Monday = 1 ... Sunday = 7.
    var weekday: Int {
        let w = (serial + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    func adding(days: Int) -> CalendarDay { CalendarDay(serial: serial + days) }

    /// Adds calendar months, clamping the day to the target month's length.
    func adding(months: Int) -> CalendarDay {
        let total = year * 12 + (month - 1) + months
        let y = Int((Double(total) / 12).rounded(.down))
        let m = total - y * 12 + 1
        return CalendarDay(year: y, month: m, day: min(day, PartialDate.daysIn(month: m, year: y)))
    }

    /// ISO 8601 week-numbering year and week.
    var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let jan1 = CalendarDay(year: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.serial - jan1.serial) / 7 + 1)
    }

    var quarter: Int { (month - 1) / 3 + 1 }

    var partialDate: PartialDate { PartialDate(year: year, month: month, day: day) }

    /// `1998-01-08`.
    var value: String { partialDate.timeMLValue }

    static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.serial < b.serial }

    static func isValid(_ y: Int, _ m: Int, _ d: Int) -> Bool { PartialDate.isValid(year: y, month: m, day: d) }
}
