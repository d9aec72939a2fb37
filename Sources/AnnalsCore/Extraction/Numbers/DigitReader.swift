/// Reads digit strings ("613", "1,200", "1.2") into integers with checked arithmetic: a value that
/// does not fit in `Int` is rejected, never trapped on.
enum DigitReader {
    /// A digit token split into its integer part and decimal digits, or nil when it is not a plain
    /// count (clock times "10:30", slashed years "1992/93", misplaced thousands separators "12,00").
    struct Parts { var integer: Int; var fraction: [Int] }

    static func parts(_ text: String) -> Parts? {
        var integer = 0
        var fraction: [Int] = []
        var inFraction = false
        var groupLength = 0, groups = 0, firstGroupLength = 0
        for s in text.unicodeScalars {
            switch s {
            case "0"..."9":
                let d = Int(s.value - 48)
                if inFraction { fraction.append(d); continue }
                let (m, o1) = integer.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(d)
                if o1 || o2 { return nil }
                integer = a
                groupLength += 1
            case ",":
                if inFraction { return nil }
                if groups == 0 { firstGroupLength = groupLength; if groupLength > 3 { return nil } }
                else if groupLength != 3 { return nil }
                groups += 1
                groupLength = 0
            case ".":
                if inFraction { return nil }
                inFraction = true
            default:
                return nil // ":" or "/": a time or a date, not a count
            }
        }
        if groups > 0 && groupLength != 3 { return nil }
        _ = firstGroupLength
        return Parts(integer: integer, fraction: fraction)
    }

    /// The integer `parts × scale`, truncating decimals that fall below one; nil on overflow or when
    /// an unscaled number has decimals (people are counted in whole numbers).
    static func value(_ parts: Parts, scale: Int) -> Int? {
        let (whole, o1) = parts.integer.multipliedReportingOverflow(by: scale)
        if o1 { return nil }
        if parts.fraction.isEmpty { return whole }
        if scale == 1 { return nil }
        var numerator = 0, denominator = 1
        for d in parts.fraction.prefix(9) {
            numerator = numerator * 10 + d
            denominator *= 10
        }
        let (scaled, o2) = numerator.multipliedReportingOverflow(by: scale)
        if o2 { return nil }
        let (total, o3) = whole.addingReportingOverflow(scaled / denominator)
        return o3 ? nil : total
    }
}
