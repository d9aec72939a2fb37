/// How dates read in tables, charts and prose: "26 Feb 1992", "25–26 Feb 1992", "1988–1994",
/// "7 Oct (year not stated)", with "approx." and "inferred" kept visible.
extension PartialDate {
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let seasonNames = [1: "winter", 4: "spring", 7: "summer", 10: "autumn"]

    public var display: String {
        let m = month.map { PartialDate.monthNames[max(0, min(11, $0 - 1))] }
        let yearText = year.map(String.init)
        switch precision {
        case .century: return year.map { "\($0 / 100 + 1)th century" } ?? "century not stated"
        case .decade: return year.map { "\($0)s" } ?? "decade not stated"
        case .year: return yearText ?? "year not stated"
        case .season:
            let s = month.flatMap { PartialDate.seasonNames[$0] } ?? "season"
            return yearText.map { "\(s) \($0)" } ?? "\(s) (year not stated)"
        case .month:
            return [m, yearText ?? "(year not stated)"].compactMap { $0 }.joined(separator: " ")
        case .day, .time:
            let dm = [day.map(String.init), m].compactMap { $0 }.joined(separator: " ")
            return dm + " " + (yearText ?? "(year not stated)")
        }
    }
}

extension DateSpan {
    /// The date as a reader sees it, with its certainty when it is not plainly stated.
    public var display: String {
        var text: String
        if let end, end != start {
            if start.year == end.year, start.month == end.month, start.month != nil, let d0 = start.day, let d1 = end.day {
                text = "\(d0)–\(d1) " + PartialDate(year: end.year, month: end.month, precision: .month).display
            } else if start.precision == .year, end.precision == .year, let a = start.year, let b = end.year {
                text = "\(a)–\(b)"
            } else {
                text = start.display + " – " + end.display
            }
        } else {
            text = start.display
        }
        switch certainty {
        case .stated: break
        case .approximate: text += " (approx.)"
        case .inferred: text += " (inferred" + (note.map { ": \($0)" } ?? "") + ")"
        case .unknown: text += " (unknown)"
        }
        return text
    }
}
