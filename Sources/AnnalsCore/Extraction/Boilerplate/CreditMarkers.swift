/// Photo-credit markers (`english/boilerplate/credits.txt`) and the search for a credit at a
/// line's end.
public struct CreditMarkers: Sendable {
    public struct Marker: Sendable, Hashable {
        /// Lower-cased marker, punctuation kept.
        public var text: String
        /// `text` as scalars, for the scan.
        public var scalars: [Unicode.Scalar]
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
    private var byFirstScalar: [Unicode.Scalar: [Int]] = [:]
    /// Whether some marker starts with each ASCII scalar: the scan looks at every scalar of a
    /// line's tail, and most are no marker's first, so they are ruled out without hashing.
    private var asciiStarts = [Bool](repeating: false, count: 128)
    private var longestTail = 0

    public init(entries: [(key: String, value: String)]) {
        markers = entries.map { key, value in
            var text = key.lowercased()
            var endsCredit = false
            if text.hasPrefix("~ ") { endsCredit = true; text.removeFirst(2) }
            return Marker(text: text, scalars: Array(text.unicodeScalars), endsCredit: endsCredit, maxTailWords: Int(value) ?? (endsCredit ? 4 : 12))
        }.filter { !$0.scalars.isEmpty }
        for (index, marker) in markers.enumerated() {
            byFirstScalar[marker.scalars[0], default: []].append(index)
            if marker.scalars[0].value < 128 { asciiStarts[Int(marker.scalars[0].value)] = true }
            longestTail = max(longestTail, marker.maxTailWords)
        }
    }

    public static func resource(_ relativePath: String) -> CreditMarkers {
        CreditMarkers(entries: (try? ResourceFile.pairs(relativePath)) ?? [])
    }

    /// The earliest credit in `lower` whose tail to the line end is short. O(markers × line length).
    public func find(in lower: String) -> Found? { find(in: Array(lower.unicodeScalars)) }

    /// Only the last `maxTailWords` words of a line can hold a marker, so the scan starts there and
    /// tries only the markers that begin with the scalar at hand. O(tail length × markers sharing a first scalar).
    public func find(in scalars: [Unicode.Scalar]) -> Found? {
        guard !scalars.isEmpty else { return nil }
        // Start of the line's tail: back from the end over at most `longestTail` words.
        var from = scalars.count
        var words = 0, inWord = false
        while from > 0 {
            if ScalarClass.isWhitespace(scalars[from - 1]) {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > longestTail { break }
            }
            from -= 1
        }
        var best: Found?
        var p = from
        while p < scalars.count {
            let first = scalars[p].value
            if first < 128 && !asciiStarts[Int(first)] { p += 1; continue }
            if let candidates = byFirstScalar[scalars[p]] {
                for index in candidates {
                    let marker = markers[index]
                    let m = marker.scalars
                    guard p + m.count <= scalars.count, Self.matches(m, scalars, at: p), Self.wordBoundaryBefore(scalars, p, m[0]) else { continue }
                    guard Self.wordCount(scalars, from: p) <= marker.maxTailWords else { continue }
                    let start = marker.endsCredit ? Self.creditStart(scalars, before: p) : p
                    if best == nil || start < best!.creditStart { best = Found(creditStart: start, marker: marker) }
                }
                // The earliest marker that starts the credit at itself cannot be beaten by later ones.
                if let found = best, found.creditStart <= p { return found }
            }
            p += 1
        }
        return best
    }

    @inline(__always) private static func matches(_ m: [Unicode.Scalar], _ s: [Unicode.Scalar], at p: Int) -> Bool {
        for k in 1..<m.count where s[p + k] != m[k] { return false }
        return true
    }

    private static func wordBoundaryBefore(_ s: [Unicode.Scalar], _ p: Int, _ first: Unicode.Scalar) -> Bool {
        guard p > 0, ScalarClass.isLetter(first) else { return true }
        return !ScalarClass.isLetter(s[p - 1])
    }

    private static func wordCount(_ s: [Unicode.Scalar], from p: Int) -> Int {
        var count = 0, inWord = false
        for k in p..<s.count {
            if ScalarClass.isWhitespace(s[k]) { inWord = false } else if !inWord { inWord = true; count += 1 }
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
