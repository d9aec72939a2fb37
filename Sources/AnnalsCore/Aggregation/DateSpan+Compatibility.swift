extension PartialDate {
    /// A sortable day number (proleptic, not a real Julian day) for comparing bounds.
    static func ordinal(_ d: (Int, Int, Int)) -> Int { d.0 * 10_000 + d.1 * 100 + d.2 }

    /// Month–day bounds ignoring the year, for dates whose year a source leaves unstated.
    var monthDayBounds: (Int, Int)? {
        guard let month else { return nil }
        if let day, precision >= .day { return (month * 100 + day, month * 100 + day) }
        return (month * 100 + 1, month * 100 + 31)
    }
}

extension PartialDate {
    /// Days since 1 January of year 0 in the proleptic Gregorian calendar, for a full date.
    var serialDay: Int? {
        guard let y = year, let m = month, let d = day else { return nil }
        // Days before the year, then before the month, then the day.
        let yp = y - 1
        var n = y * 365 + (yp >= 0 ? yp / 4 - yp / 100 + yp / 400 + 1 : 0)
        let cumulative = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
        n += cumulative[max(0, min(11, m - 1))] + (m > 2 && PartialDate.isLeap(y) ? 1 : 0)
        return n + d - 1
    }
}

extension DateSpan {
    /// The first and last day covered, as sortable ordinals; nil unless every end has a year.
    public var ordinalBounds: (Int, Int)? {
        guard let first = start.dayBounds?.first else { return nil }
        let lastDate = end ?? start
        guard let last = lastDate.dayBounds?.last else { return nil }
        return (PartialDate.ordinal(first), PartialDate.ordinal(last))
    }

    var monthDayBounds: (Int, Int)? {
        guard let a = start.monthDayBounds else { return nil }
        guard let end, let b = end.monthDayBounds else { return a }
        return (a.0, b.1)
    }

    /// Whether two dates can describe the same happening: their day ranges overlap where both
    /// years are known; where a year is missing, the months and days must overlap; a date with
    /// neither month nor year fits anything.
    public func isCompatible(with other: DateSpan) -> Bool {
        if let a = ordinalBounds, let b = other.ordinalBounds { return a.0 <= b.1 && b.0 <= a.1 }
        if let ya = yearBounds, let yb = other.yearBounds, !(ya.0 <= yb.1 && yb.0 <= ya.1) { return false }
        guard let a = monthDayBounds, let b = other.monthDayBounds else { return true }
        // A period over several years covers every month.
        if let ya = yearBounds, ya.0 != ya.1 { return true }
        if let yb = other.yearBounds, yb.0 != yb.1 { return true }
        return a.0 <= b.1 && b.0 <= a.1
    }

    /// The years covered, when known.
    var yearBounds: (Int, Int)? {
        guard let y0 = start.dayBounds?.first.0 else { return nil }
        let y1 = (end ?? start).dayBounds?.last.0 ?? y0
        return (y0, y1)
    }

    /// How much the date says: known year first, then finer precision, then a point over a period.
    var informationRank: Int {
        (start.year != nil ? 100 : 0) + (start.month != nil ? 10 : 0) + (start.day != nil ? 5 : 0) + (isPeriod ? 0 : 1)
    }
}
