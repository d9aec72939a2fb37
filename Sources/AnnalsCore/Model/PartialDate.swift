/// A calendar date known to some precision: a year alone, a month of a year, a day of a month
/// whose year may be unknown ("October 7th" with no year stated).
///
/// `nil` components are unknown, never defaulted: `PartialDate(year: nil, month: 10, day: 7)` is the
/// TimeML value `XXXX-10-07`. Decades and centuries keep `year` as their first year and say so
/// through `precision`.
public struct PartialDate: Codable, Hashable, Sendable, CustomStringConvertible {
    public var year: Int?
    public var month: Int?
    public var day: Int?
    public var precision: DatePrecision

    public init(year: Int?, month: Int? = nil, day: Int? = nil, precision: DatePrecision? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.precision = precision ?? (day != nil ? .day : month != nil ? .month : .year)
    }

    /// Whether the year is known; a date without a year cannot be placed on a time axis.
    public var hasYear: Bool { year != nil }

    /// ISO-like rendering in TimeML style: `1992-02-26`, `1992-02`, `1992`, `199` (decade), `19` (century), `XXXX-10-07`.
    public var description: String {
        let y = year.map { String(format: "%04d", $0) } ?? "XXXX"
        switch precision {
        case .century: return year.map { String(format: "%02d", $0 / 100) } ?? "XX"
        case .decade: return year.map { String(format: "%03d", $0 / 10) } ?? "XXX"
        case .year: return y
        case .season, .month:
            guard let month else { return y }
            return y + "-" + String(format: "%02d", month)
        case .day, .time:
            guard let month else { return y }
            guard let day else { return y + "-" + String(format: "%02d", month) }
            return y + "-" + String(format: "%02d", month) + "-" + String(format: "%02d", day)
        }
    }

    /// The first and last day this date covers, as (year, month, day) triples; nil without a year.
    public var dayBounds: (first: (Int, Int, Int), last: (Int, Int, Int))? {
        guard let year else { return nil }
        switch precision {
        case .century: let c = year - year % 100; return ((c, 1, 1), (c + 99, 12, 31))
        case .decade: let d = year - year % 10; return ((d, 1, 1), (d + 9, 12, 31))
        case .year: return ((year, 1, 1), (year, 12, 31))
        case .season, .month:
            guard let month else { return ((year, 1, 1), (year, 12, 31)) }
            return ((year, month, 1), (year, month, PartialDate.daysIn(month: month, year: year)))
        case .day, .time:
            guard let month else { return ((year, 1, 1), (year, 12, 31)) }
            guard let day else { return ((year, month, 1), (year, month, PartialDate.daysIn(month: month, year: year))) }
            return ((year, month, day), (year, month, day))
        }
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Whether (year, month, day) names a real calendar day ("February 30th" does not).
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
    }
}

extension PartialDate {
    /// Parses a TimeML date value: `1992-02-26`, `1992-02`, `1992`, `199`, `19`, `XXXX-10-07`,
    /// `1992-W08` style values are not dates of a calendar day and give nil, as do non-date values.
    public init?(timeMLValue value: String) {
        let head = value.split(separator: "T", maxSplits: 1).first.map(String.init) ?? value
        let parts = head.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, !first.isEmpty else { return nil }
        let year: Int?
        var precision: DatePrecision = .year
        if first == "XXXX" {
            year = nil
        } else if first.count == 4, let y = Int(first) {
            year = y
        } else if first.count == 3, let d = Int(first), parts.count == 1 {
            self.init(year: d * 10, precision: .decade); return
        } else if first.count == 2, let c = Int(first), parts.count == 1 {
            self.init(year: c * 100, precision: .century); return
        } else {
            return nil
        }
        var month: Int?
        var day: Int?
        if parts.count > 1 {
            let m = parts[1]
            if let mv = Int(m), (1...12).contains(mv) { month = mv; precision = .month }
            else if ["SP", "SU", "FA", "WI"].contains(m) {
                month = ["WI": 1, "SP": 4, "SU": 7, "FA": 10][m]; precision = .season
            } else { if year == nil { return nil }; self.init(year: year, precision: .year); return }
        }
        if parts.count > 2, let dv = Int(parts[2]), (1...31).contains(dv) { day = dv; precision = .day }
        if year == nil && month == nil { return nil }
        if value.contains("T") && precision == .day { precision = .time }
        self.init(year: year, month: month, day: day, precision: precision)
    }
}
