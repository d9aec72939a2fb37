/// How finely a chart date is known. Drives the mark: `.day` is a point, coarser
/// precisions are drawn as a bracket spanning the whole unit.
public enum ChartPrecision: String, Sendable, Codable, CaseIterable {
    case day, month, year, decade, century
}

/// A proleptic-Gregorian calendar date used by charts (1-based month and day).
///
/// Charts work on a continuous day axis: `dayNumber` counts days since 1970-01-01,
/// so any date (also before 1970) maps to an integer that scales can place.
public struct ChartDate: Hashable, Sendable, Codable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int = 1, day: Int = 1) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (lhs: ChartDate, rhs: ChartDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil). O(1).
    public var dayNumber: Int {
        let m = min(max(month, 1), 12)
        let d = max(day, 1)
        let y = year - (m <= 2 ? 1 : 0)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date of a day number (inverse of `dayNumber`). O(1).
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// The first day after the unit of `precision` that starts at (or contains) this date.
    /// A day-precision date ends the next day; a month-precision date ends on the 1st of the next month.
    public func endOfUnit(_ precision: ChartPrecision) -> ChartDate {
        switch precision {
        case .day: return ChartDate(dayNumber: dayNumber + 1)
        case .month: return month >= 12 ? ChartDate(year: year + 1) : ChartDate(year: year, month: month + 1)
        case .year: return ChartDate(year: year + 1)
        case .decade: return ChartDate(year: Self.floor(year, 10) + 10)
        case .century: return ChartDate(year: Self.floor(year, 100) + 100)
        }
    }

    /// The first day of the unit of `precision` containing this date.
    public func startOfUnit(_ precision: ChartPrecision) -> ChartDate {
        switch precision {
        case .day: return self
        case .month: return ChartDate(year: year, month: month)
        case .year: return ChartDate(year: year)
        case .decade: return ChartDate(year: Self.floor(year, 10))
        case .century: return ChartDate(year: Self.floor(year, 100))
        }
    }

    static func floor(_ value: Int, _ step: Int) -> Int {
        value >= 0 ? value / step * step : -((-value + step - 1) / step) * step
    }
}
