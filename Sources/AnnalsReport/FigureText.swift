import AnnalsCore

/// How figures read: "613", "≥2,000 (approx.)", "30–40", with thousands separated.
enum FigureText {
    static func number(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    static func quantity(_ q: Quantity) -> String {
        let body: String
        switch (q.low, q.high) {
        case let (l?, h?) where l == h: body = number(l)
        case let (l?, h?): body = "\(number(l))–\(number(h))"
        case let (l?, nil): body = "≥\(number(l))"
        case let (nil, h?): body = "≤\(number(h))"
        default: body = "?"
        }
        return q.approximate ? body + " (approx.)" : body
    }

    static func optional(_ n: Int?) -> String { n.map(number) ?? "–" }

    /// "613 killed" style key figure for the main event; the whole range when the sources give
    /// one ("23–27 killed", "≥40 killed"), since a chart label must not pick a value among them.
    static func key(_ f: Figure) -> String? {
        let body: String
        switch (f.low, f.best, f.high) {
        case let (l?, _, h?) where l == h: body = number(l)
        case let (l?, _, h?): body = "\(number(l))–\(number(h))"
        case let (l?, _, nil): body = "≥\(number(l))"
        case let (nil, b?, _): body = number(b)
        case let (nil, nil, h?): body = "≤\(number(h))"
        default: return nil
        }
        return "\(body) \(f.outcome.rawValue)" + (f.approximate ? " (approx.)" : "")
    }

    static func categoryLabel(_ c: CasualtyCategory) -> String {
        c == .all ? "All" : c.rawValue.prefix(1).uppercased() + c.rawValue.dropFirst()
    }

    static func statedWords(_ f: Figure) -> String? {
        f.statedWords.isEmpty ? nil : f.statedWords.map { "“\($0)”" }.joined(separator: ", ")
    }

    static func outcomeLabel(_ o: Outcome) -> String { o.rawValue.prefix(1).uppercased() + o.rawValue.dropFirst() }
}
