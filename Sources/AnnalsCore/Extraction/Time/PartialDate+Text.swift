extension PartialDate {
    /// Exactly `description` (`1992-02-26`, `1992-02`, `1992`, `199`, `19`, `XXXX-10-07`), written
    /// digit by digit into a small string.
    ///
    /// Why: `description` pads with Foundation's `String(format:)`, thousands of instructions a
    /// call; the tagger writes a value for every date it finds and `extract` writes every date
    /// again. Components outside the padded widths (a negative or five-digit year) take
    /// `description` itself, so the two never differ. Complexity: O(1).
    public var timeMLValue: String {
        guard year.map({ $0 >= 0 && $0 <= 9999 }) ?? true, month.map({ $0 >= 0 && $0 <= 99 }) ?? true,
              day.map({ $0 >= 0 && $0 <= 99 }) ?? true else { return description }
        return String(unsafeUninitializedCapacity: 10) { buffer in
            var k = 0
            func put(_ byte: UInt8) { buffer[k] = byte; k += 1 }
            func digits(_ n: Int, width: Int) {
                var divisor = 1
                for _ in 1..<width { divisor *= 10 }
                var rest = n
                while divisor > 0 { put(UInt8(ascii: "0") + UInt8(rest / divisor)); rest %= divisor; divisor /= 10 }
            }
            func year4() { if let year { digits(year, width: 4) } else { for _ in 0..<4 { put(UInt8(ascii: "X")) } } }
            switch precision {
            case .century:
                if let year { digits(year / 100, width: 2) } else { put(UInt8(ascii: "X")); put(UInt8(ascii: "X")) }
            case .decade:
                if let year { digits(year / 10, width: 3) } else { for _ in 0..<3 { put(UInt8(ascii: "X")) } }
            case .year:
                year4()
            case .season, .month:
                year4()
                if let month { put(UInt8(ascii: "-")); digits(month, width: 2) }
            case .day, .time:
                year4()
                if let month {
                    put(UInt8(ascii: "-")); digits(month, width: 2)
                    if let day { put(UInt8(ascii: "-")); digits(day, width: 2) }
                }
            }
            return k
        }
    }
}

extension DateSpan {
    /// Exactly `description` (`start` or `start/end`), through `PartialDate.timeMLValue`.
    public var timeMLValue: String {
        guard let end, end != start else { return start.timeMLValue }
        return start.timeMLValue + "/" + end.timeMLValue
    }
}
