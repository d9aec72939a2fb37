/// A necessary condition for a sentence to state any casualty figure, checked on the raw text
/// before it is tokenized.
///
/// Every figure the extractor emits gets its outcome from a word list: an outcome word after or
/// before the count, a casualty noun ("deaths"), or a toll phrase ("death toll"); a stated zero
/// needs one too ("no one was hurt", "no casualties"). So a sentence in which no phrase of those
/// lists can match yields nothing, and most sentences of an article are such sentences. For each
/// phrase one word is enough to require (its longest, usually the rarest: "lives" of "lost their
/// lives"), so the check is a set of keys looked up once per word of the sentence.
///
/// The words are read as the tokenizer reads them, as maximal runs of letters lower-cased: a token
/// that equals a key is always such a run (a word token starts and ends next to a non-letter), and
/// a key with an inner hyphen or apostrophe is required by its longest letter run. So the check
/// never rejects a sentence the full rules could take a figure from; it may pass sentences that
/// yield nothing.
///
/// Complexity: O(bytes) per sentence; a bitmap keyed by a word's length and first and last letters
/// rejects almost every word before any string is built or hashed.
struct OutcomeVocabulary: Sendable {
    private var keys: Set<String> = []
    /// Bit `(length, first, last)` set when some key has that shape (ASCII lower-case keys only).
    private var shapes = [UInt64](repeating: 0, count: Self.shapeWords)

    private static let maxLength = 24
    private static let shapeWords = (maxLength + 1) * 26 * 26 / 64 + 1

    init(phrases: [String]) {
        for phrase in phrases {
            // The longest letter run of the phrase's longest word (ties: the later word).
            var best = ""
            for word in phrase.lowercased().split(separator: " ") {
                for run in Self.letterRuns(of: word) where run.unicodeScalars.count >= best.unicodeScalars.count { best = run }
            }
            guard !best.isEmpty else { continue }
            keys.insert(best)
            // A key with a non-ASCII letter is only ever met in a run read by `nonASCIIRun`.
            if let bit = Self.shapeBit(Array(best.utf8)) { shapes[bit >> 6] |= 1 << UInt64(bit & 63) }
        }
    }

    /// Whether some key is a word of `text` (see the type's note).
    func mayMatch(_ text: String) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ mayMatch(utf8: $0) }) { return answer }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { mayMatch(utf8: $0) } ?? true
    }

    private func mayMatch(utf8 u: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = u.count
        var p = 0
        while p < n {
            let b = u[p]
            if b >= 0x80 {
                // A run with a non-ASCII scalar: decoded and looked up as a string (rare).
                let (end, matched) = nonASCIIRun(u, from: p)
                if matched { return true }
                p = end
                continue
            }
            guard Self.isASCIILetter(b) else { p += 1; continue }
            let begin = p
            p += 1
            while p < n, Self.isASCIILetter(u[p]) { p += 1 }
            if p < n, u[p] >= 0x80, Self.startsLetter(u, p) {
                // The run goes on with a non-ASCII letter: read it whole as a string.
                let (end, matched) = nonASCIIRun(u, from: begin)
                if matched { return true }
                p = end
                continue
            }
            let run = UnsafeBufferPointer(rebasing: u[begin..<p])
            guard let bit = Self.shapeBit(run), shapes[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { continue }
            let word = String(unsafeUninitializedCapacity: run.count) { buffer in
                for (k, c) in run.enumerated() { buffer[k] = c | 0x20 }
                return run.count
            }
            if keys.contains(word) { return true }
        }
        return false
    }

    /// A letter run that holds a non-ASCII scalar, from `begin` (the start of the run): the byte
    /// index past it and whether its lower-cased text is a key.
    private func nonASCIIRun(_ u: UnsafeBufferPointer<UInt8>, from begin: Int) -> (end: Int, matched: Bool) {
        var scalars = String.UnicodeScalarView()
        var p = begin
        while p < u.count {
            let (s, length) = UTF8Scalar.decode(u, p)
            guard ScalarClass.isLetter(s) else { break }
            scalars.append(s)
            p += length
        }
        if p == begin { return (p + UTF8Scalar.decode(u, p).length, false) } // not a letter: skip the scalar
        return (p, keys.contains(String(scalars).lowercased()))
    }

    @inline(__always) private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    @inline(__always) private static func startsLetter(_ u: UnsafeBufferPointer<UInt8>, _ p: Int) -> Bool {
        ScalarClass.isLetter(UTF8Scalar.decode(u, p).scalar)
    }

    /// The bitmap position of an ASCII letter run's shape, nil when it is longer than any key can be.
    @inline(__always) private static func shapeBit<C: Collection>(_ run: C) -> Int? where C.Element == UInt8 {
        let length = run.count
        guard length > 0, length <= maxLength, let first = run.first else { return nil }
        var last = first
        for c in run { last = c }
        let f = Int((first | 0x20) &- 0x61), l = Int((last | 0x20) &- 0x61)
        guard f >= 0, f < 26, l >= 0, l < 26 else { return nil }
        return (length * 26 + f) * 26 + l
    }

    /// The maximal runs of letters of a (lower-case) word, as the scan reads them.
    private static func letterRuns(of word: Substring) -> [String] {
        var runs: [String] = [], current = String.UnicodeScalarView()
        for s in word.unicodeScalars {
            if ScalarClass.isLetter(s) { current.append(s) } else if !current.isEmpty { runs.append(String(current)); current = .init() }
        }
        if !current.isEmpty { runs.append(String(current)) }
        return runs
    }
}
