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
        let numbers: [Int]
        if let fast = value.utf8.withContiguousStorageIfAvailable(asciiNumbers), let read = fast {
            numbers = read
        } else {
            numbers = try Self.numbers(of: value)
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

    /// The numbers of `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, read through Characters.
    private static func numbers(of value: String) throws(Failure) -> [Int] {
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
        return numbers
    }

    /// The same numbers read from the bytes when the value is exactly ASCII digits in one of the
    /// three shapes (every date of a usual `sources.csv`); nil otherwise, and `numbers(of:)`
    /// decides. Why: splitting into Substrings and testing Characters cost about 17 000
    /// instructions a row. An ASCII digit is one Character that is ASCII and a number, and
    /// nothing else is, so both paths give the same numbers. O(1).
    private static func asciiNumbers(_ b: UnsafeBufferPointer<UInt8>) -> [Int]? {
        let n = b.count
        guard n == 4 || n == 7 || n == 10 else { return nil }
        func digits(_ from: Int, _ count: Int) -> Int? {
            var v = 0
            for k in from..<(from + count) {
                let d = b[k] &- 0x30
                guard d < 10 else { return nil }
                v = v * 10 + Int(d)
            }
            return v
        }
        guard let year = digits(0, 4) else { return nil }
        if n == 4 { return [year] }
        guard b[4] == UInt8(ascii: "-"), let month = digits(5, 2) else { return nil }
        if n == 7 { return [year, month] }
        guard b[7] == UInt8(ascii: "-"), let day = digits(8, 2) else { return nil }
        return [year, month, day]
    }
}
