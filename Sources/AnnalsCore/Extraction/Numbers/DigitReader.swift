/// Reads digit strings ("613", "1,200", "1.2") into integers with checked arithmetic: a value that
/// does not fit in `Int` is rejected, never trapped on.
enum DigitReader {
    /// A digit token split into its integer part and decimal digits, or nil when it is not a plain
    /// count (clock times "10:30", slashed years "1992/93", misplaced thousands separators "12,00").
    struct Parts {
        var integer: Int
        var fraction: [Int]
        /// Whether commas grouped the integer part ("1,200.5"): then the full stop is a decimal point.
        var hasCommaGroups = false
    }

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
        return Parts(integer: integer, fraction: fraction, hasCommaGroups: groups > 0)
    }

    /// "800.000", "4.500": writers who group thousands with a full stop (much of Europe, Latin
    /// America, and translations from there). An unscaled count with exactly three digits after a
    /// single full stop and a nonzero 1–3 digit integer part cannot be a decimal count of people, so
    /// it is read as thousands; any other unscaled decimal ("7.9", "0.125") stays no count.
    static func thousandsWithFullStop(_ parts: Parts) -> Int? {
        guard !parts.hasCommaGroups, parts.fraction.count == 3, (1...999).contains(parts.integer) else { return nil }
        return parts.integer * 1000 + parts.fraction[0] * 100 + parts.fraction[1] * 10 + parts.fraction[2]
    }

    /// The integer `parts × scale`, truncating decimals that fall below one; nil on overflow or when
    /// an unscaled number has decimals (people are counted in whole numbers), except thousands
    /// grouped with a full stop (`thousandsWithFullStop`).
    static func value(_ parts: Parts, scale: Int) -> Int? {
        let (whole, o1) = parts.integer.multipliedReportingOverflow(by: scale)
        if o1 { return nil }
        if parts.fraction.isEmpty { return whole }
        if scale == 1 { return thousandsWithFullStop(parts) }
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
