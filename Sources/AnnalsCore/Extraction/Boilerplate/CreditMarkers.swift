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
    /// The markers starting with each ASCII scalar c, flattened: `asciiIndex[asciiStart[c]..<asciiStart[c + 1]]`.
    /// The scan looks at every scalar of a line's tail, and most are ASCII: an array index costs
    /// far less than hashing the scalar, and flat arrays are read without retaining anything.
    private var asciiStart = [Int](repeating: 0, count: 129)
    private var asciiIndex: [Int] = []
    /// Every marker's scalars, concatenated: marker k's are `flat[flatStart[k]..<flatStart[k + 1]]`.
    private var flat: [Unicode.Scalar] = []
    private var flatStart: [Int] = [0]
    private var longestTail = 0
    /// Bit `c1 * 128 + c2` set when some marker starts with the ASCII scalars c1 c2, and the
    /// whole row of c1 when a marker is c1 alone or goes on beyond ASCII: at the start of most
    /// words of a line ("the", "people") markers share the first letter but not the second, and
    /// none is tried.
    private var asciiPairs = [UInt64](repeating: 0, count: 128 * 128 / 64)

    public init(entries: [(key: String, value: String)]) {
        markers = entries.map { key, value in
            var text = key.lowercased()
            var endsCredit = false
            if text.hasPrefix("~ ") { endsCredit = true; text.removeFirst(2) }
            return Marker(text: text, scalars: Array(text.unicodeScalars), endsCredit: endsCredit, maxTailWords: Int(value) ?? (endsCredit ? 4 : 12))
        }.filter { !$0.scalars.isEmpty }
        for (index, marker) in markers.enumerated() {
            byFirstScalar[marker.scalars[0], default: []].append(index)
            flat.append(contentsOf: marker.scalars)
            flatStart.append(flat.count)
            longestTail = max(longestTail, marker.maxTailWords)
        }
        for marker in markers where marker.scalars[0].value < 128 {
            let c1 = Int(marker.scalars[0].value)
            if marker.scalars.count >= 2, marker.scalars[1].value < 128 {
                let bit = c1 * 128 + Int(marker.scalars[1].value)
                asciiPairs[bit >> 6] |= 1 << UInt64(bit & 63)
            } else {
                asciiPairs[c1 * 2] = ~0
                asciiPairs[c1 * 2 + 1] = ~0
            }
        }
        for c in 0..<128 {
            asciiStart[c] = asciiIndex.count
            asciiIndex.append(contentsOf: markers.indices.filter { markers[$0].scalars[0].value == UInt32(c) })
        }
        asciiStart[128] = asciiIndex.count
    }

    public static func resource(_ relativePath: String) -> CreditMarkers {
        CreditMarkers(entries: (try? ResourceFile.pairs(relativePath)) ?? [])
    }

    /// The earliest credit in `lower` whose tail to the line end is short. O(markers × line length).
    public func find(in lower: String) -> Found? { find(in: Array(lower.unicodeScalars)) }

    /// The same for a line given as lower-cased scalars.
    public func find(in scalars: [Unicode.Scalar]) -> Found? {
        scalars.withUnsafeBufferPointer { find(Scalars(base: $0, start: 0, count: $0.count, lowering: false)) }
    }

    /// The same for the line `range` of `text`, each scalar lower-cased (`ScalarClass.lowercased`)
    /// as it is read: the cleaner no longer keeps a lower-cased copy of every line. `creditStart`
    /// counts from `range.lowerBound`.
    public func find(in text: [Unicode.Scalar], _ range: Range<Int>) -> Found? {
        text.withUnsafeBufferPointer { find(Scalars(base: $0, start: range.lowerBound, count: range.count, lowering: true)) }
    }

    /// A line's scalars, read lower-cased or as they are.
    private struct Scalars {
        let base: UnsafeBufferPointer<Unicode.Scalar>
        let start: Int
        let count: Int
        let lowering: Bool
        @inline(__always) subscript(_ k: Int) -> Unicode.Scalar {
            let s = base[start + k]
            return lowering ? ScalarClass.lowercased(s) : s
        }
        /// Whether scalar `k` (lower-cased when `lowering`) is whitespace; an ASCII scalar is
        /// tested as it stands, lower-casing changing no ASCII scalar's class.
        @inline(__always) func isWhitespace(_ k: Int) -> Bool {
            let v = base[start + k].value
            if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
            return ScalarClass.isWhitespace(self[k])
        }
        /// Whether scalar `k` is an ASCII letter (in either case).
        @inline(__always) func isASCIILetter(_ k: Int) -> Bool {
            (base[start + k].value | 0x20) &- 0x61 < 26
        }
    }

    /// Only the last `maxTailWords` words of a line can hold a marker, so the scan starts there and
    /// tries only the markers that begin with the scalar at hand (an array per ASCII first scalar,
    /// a dictionary beyond). O(tail length × markers sharing a first scalar).
    private func find(_ scalars: Scalars) -> Found? {
        guard scalars.count > 0 else { return nil }
        // Start of the line's tail: back from the end over at most `longestTail` words.
        var from = scalars.count
        var words = 0, inWord = false
        while from > 0 {
            if scalars.isWhitespace(from - 1) {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > longestTail { break }
            }
            from -= 1
        }
        return flat.withUnsafeBufferPointer { f in
            flatStart.withUnsafeBufferPointer { fs in
                asciiIndex.withUnsafeBufferPointer { ai in
                    asciiStart.withUnsafeBufferPointer { ast in
                        /// Marker `index` at `p`, if its scalars are there, after a word boundary, with few enough words after it.
                        func match(_ index: Int, _ p: Int) -> Found? {
                            let ms = fs[index], length = fs[index + 1] - ms
                            guard p + length <= scalars.count else { return nil }
                            var k = 1
                            while k < length && scalars[p + k] == f[ms + k] { k += 1 }
                            guard k == length, Self.wordBoundaryBefore(scalars, p, f[ms]) else { return nil }
                            let marker = markers[index]
                            guard Self.wordCount(scalars, from: p) <= marker.maxTailWords else { return nil }
                            return Found(creditStart: marker.endsCredit ? Self.creditStart(scalars, before: p) : p, marker: marker)
                        }
                        var best: Found?
                        var p = from
                        var previousIsLetter = p > 0 && ScalarClass.isLetter(scalars[p - 1])
                        while p < scalars.count {
                            // The rest of a word of ASCII letters starts no marker (see below):
                            // passed over in a tight loop, without lower-casing each letter.
                            if previousIsLetter && scalars.isASCIILetter(p) {
                                p += 1
                                while p < scalars.count && scalars.isASCIILetter(p) { p += 1 }
                                if p == scalars.count { break }
                            }
                            let scalar = scalars[p]
                            let isLetter = ScalarClass.isLetter(scalar)
                            // A letter inside a word starts no marker: every marker starting with
                            // it is a letter-first one, which needs a word boundary before it.
                            if isLetter && previousIsLetter { p += 1; continue }
                            previousIsLetter = isLetter
                            let first = scalar.value
                            if first < 128 {
                                let lo = ast[Int(first)], hi = ast[Int(first) + 1]
                                if lo == hi { p += 1; continue }
                                // A marker of two or more scalars matches only with its second scalar next.
                                var tried = true
                                if p + 1 < scalars.count {
                                    let second = scalars[p + 1].value
                                    if second < 128 {
                                        let bit = Int(first) * 128 + Int(second)
                                        tried = asciiPairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0
                                    }
                                }
                                if tried {
                                    for j in lo..<hi {
                                        if let found = match(ai[j], p), best == nil || found.creditStart < best!.creditStart { best = found }
                                    }
                                }
                            } else {
                                guard let candidates = byFirstScalar[scalar] else { p += 1; continue }
                                for index in candidates {
                                    if let found = match(index, p), best == nil || found.creditStart < best!.creditStart { best = found }
                                }
                            }
                            // The earliest marker that starts the credit at itself cannot be beaten by later ones.
                            if let found = best, found.creditStart <= p { return found }
                            p += 1
                        }
                        return best
                    }
                }
            }
        }
    }

    private static func wordBoundaryBefore(_ s: Scalars, _ p: Int, _ first: Unicode.Scalar) -> Bool {
        guard p > 0, ScalarClass.isLetter(first) else { return true }
        return !ScalarClass.isLetter(s[p - 1])
    }

    private static func wordCount(_ s: Scalars, from p: Int) -> Int {
        var count = 0, inWord = false
        for k in p..<s.count {
            if ScalarClass.isWhitespace(s[k]) { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// After the last ". ", "(", "|", " - ", " — " before `p`, or 0.
    private static func creditStart(_ s: Scalars, before p: Int) -> Int {
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
