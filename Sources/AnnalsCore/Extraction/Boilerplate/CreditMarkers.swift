/// Photo-credit markers (`english/boilerplate/credits.txt`) and the search for a credit at a
/// line's end.
public struct CreditMarkers: Sendable {
    public struct Marker: Sendable, Hashable {
        /// Lower-cased marker, punctuation kept.
        public var text: String
        /// The credit starts before the marker, after the last sentence break ("Jane Roe/AFP via Getty Images").
        public var endsCredit: Bool
        /// At most this many words from the marker to the line end.
        public var maxTailWords: Int
    }

    /// Where a line's credit starts, as an offset in `TextLine.lower` (in scalars, 0 = the line start).
    public struct Found: Sendable, Hashable {
        public var creditStart: Int
        public var marker: Marker
    }

    public var markers: [Marker]

    public init(entries: [(key: String, value: String)]) {
        markers = entries.map { key, value in
            var text = key.lowercased()
            var endsCredit = false
            if text.hasPrefix("~ ") { endsCredit = true; text.removeFirst(2) }
            return Marker(text: text, endsCredit: endsCredit, maxTailWords: value == key ? 12 : (Int(value) ?? 12))
        }
    }

    public static func resource(_ relativePath: String) -> CreditMarkers {
        CreditMarkers(entries: (try? ResourceFile.pairs(relativePath)) ?? [])
    }

    /// The earliest credit in `lower` whose tail to the line end is short. O(markers × line length).
    public func find(in lower: String) -> Found? {
        let scalars = Array(lower.unicodeScalars)
        var best: Found?
        for marker in markers {
            let m = Array(marker.text.unicodeScalars)
            guard !m.isEmpty, m.count <= scalars.count else { continue }
            var p = 0
            while p + m.count <= scalars.count {
                if scalars[p] == m[0] && Array(scalars[p..<(p + m.count)]) == m && Self.wordBoundaryBefore(scalars, p, m[0]) {
                    let tailWords = Self.wordCount(scalars, from: p)
                    if tailWords <= marker.maxTailWords {
                        let start = marker.endsCredit ? Self.creditStart(scalars, before: p) : p
                        if best == nil || start < best!.creditStart { best = Found(creditStart: start, marker: marker) }
                        break
                    }
                }
                p += 1
            }
        }
        return best
    }

    private static func wordBoundaryBefore(_ s: [Unicode.Scalar], _ p: Int, _ first: Unicode.Scalar) -> Bool {
        guard p > 0, first.properties.isAlphabetic else { return true }
        return !s[p - 1].properties.isAlphabetic
    }

    private static func wordCount(_ s: [Unicode.Scalar], from p: Int) -> Int {
        var count = 0, inWord = false
        for k in p..<s.count {
            if s[k].properties.isWhitespace { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// After the last ". ", "(", "|", " - ", " — " before `p`, or 0.
    private static func creditStart(_ s: [Unicode.Scalar], before p: Int) -> Int {
        var k = p - 1
        while k >= 0 {
            let c = s[k]
            if c == "(" || c == "|" { return k }
            if (c == "." || c == "-" || c == "—" || c == "–"), k + 1 < p, s[k + 1] == " ", k == 0 || c == "." || s[k - 1] == " " {
                var q = k + 1
                while q < p && s[q] == " " { q += 1 }
                return q
            }
            k -= 1
        }
        return 0
    }
}
