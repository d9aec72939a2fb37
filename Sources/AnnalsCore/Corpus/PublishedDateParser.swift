/// Reads the `published` value of `sources.csv` or front matter: `YYYY-MM-DD`, or `YYYY-MM` and
/// `YYYY` for a date known less finely. Refuses dates that are not on the calendar (`2025-02-30`).
public enum PublishedDateParser {
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        case malformed(String)
        case notOnCalendar(String)

        public var description: String {
            switch self {
            case .malformed(let v):
                return "published date '\(v)' is not YYYY-MM-DD (or YYYY-MM, YYYY); write it as e.g. 2024-03-09 or leave the cell empty"
            case .notOnCalendar(let v):
                return "published date '\(v)' is not a real calendar day; correct the day or month, or give only YYYY-MM"
            }
        }
    }

    /// nil for an empty value.
    public static func parse(_ raw: String) throws(Failure) -> PartialDate? {
        let value = raw.trimmingWhitespace(.whitespaces)
        if value.isEmpty { return nil }
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard parts.count <= 3 else { throw .malformed(value) }
        var numbers: [Int] = []
        for (k, part) in parts.enumerated() {
            guard part.count == widths[k], part.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(part) else {
                throw .malformed(value)
            }
            numbers.append(n)
        }
        let year = numbers[0]
        guard numbers.count > 1 else { return PartialDate(year: year) }
        let month = numbers[1]
        guard (1...12).contains(month) else { throw .notOnCalendar(value) }
        guard numbers.count > 2 else { return PartialDate(year: year, month: month) }
        let day = numbers[2]
        guard PartialDate.isValid(year: year, month: month, day: day) else { throw .notOnCalendar(value) }
        return PartialDate(year: year, month: month, day: day)
    }
}
