/// Splits the kept text of an article into sentences whose offsets point into the file.
///
/// Boundaries: every line break (a line of a news text is at least a paragraph), and `.` `!` `?`
/// `…` (or a run of them) followed by closing quotes/brackets, whitespace and a sentence start
/// (a capital letter, a digit, or an opening quote). Not a boundary: a period after an abbreviation
/// (`english/text/abbreviations.txt`), an initial ("J. Smith"), a dotted form ("U.N."), a decimal
/// ("1.5", no space follows), an ellipsis inside a quotation. Closing quotes stay with their sentence.
///
/// Each sentence's range is trimmed of surrounding whitespace and `Sentence.text` is exactly the
/// file text in that range. Complexity: O(n) in the number of scalars of the kept text.
public struct SentenceSplitter: Sendable {
    public var abbreviations: Abbreviations
    /// The longest sentence, in scalars. Longer runs (a scraped table, a line of punctuation, a
    /// file without stops) are cut at the last whitespace before this length, so that rules that
    /// look around within a sentence keep extraction linear in the size of the text.
    public var maximumLength = 2_000

    public static let shared = SentenceSplitter(abbreviations: .english)

    public init(abbreviations: Abbreviations) { self.abbreviations = abbreviations }

    /// Sentences of the whole text.
    public func split(_ text: String) -> [Sentence] {
        let scalars = ScalarText.scalars(of: text)
        return split(scalars, kept: [0..<scalars.count])
    }

    /// Sentences of the kept ranges of `text`, numbered 0..<n in text order.
    public func split(_ text: String, kept: [Range<Int>]) -> [Sentence] {
        split(ScalarText.scalars(of: text), kept: kept)
    }

    public func split(_ scalars: [Unicode.Scalar], kept: [Range<Int>]) -> [Sentence] {
        scalars.withUnsafeBufferPointer { u in
            split(u, kept: kept) { a, b in ScalarText.sliceOf(u, a, b) }
        }
    }

    /// The same sentences, their texts copied from `text`'s UTF-8 bytes; `scalars` must be
    /// `text`'s scalars (`ScalarText.scalars(of: text)`, as `DocumentExtractor` has them at hand).
    ///
    /// Why: making each sentence's String from its scalars encodes them again, in up to three
    /// passes for a sentence with a character beyond ASCII (a dash, a curly quote). Here one
    /// pass over the scalars finds the sentence's bytes, which are copied as they are. The
    /// sentences are in text order, so one cursor (scalar offset → byte offset) serves them all:
    /// O(n) in the text.
    public func split(_ scalars: [Unicode.Scalar], text: String, kept: [Range<Int>]) -> [Sentence] {
        var text = text
        return text.withUTF8 { bytes in
            scalars.withUnsafeBufferPointer { u in
                var cursor = UTF8Cursor(bytes: bytes)
                return split(u, kept: kept) { a, b in cursor.slice(a, b) }
            }
        }
    }

    /// The scans read the scalars through a buffer pointer (no bounds check per scalar); `slice`
    /// makes the text of the sentence between two scalar offsets.
    private func split(_ u: UnsafeBufferPointer<Unicode.Scalar>, kept: [Range<Int>], slice: (Int, Int) -> String) -> [Sentence] {
        var ranges: [Range<Int>] = []
        for range in kept.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let a = max(0, range.lowerBound), b = min(u.count, range.upperBound)
            guard a < b else { continue }
            var lineStart = a
            var i = a
            while i <= b {
                if i == b || Self.isLineBreak(u[i]) {
                    splitLine(u, lineStart, i, into: &ranges)
                    lineStart = i + 1
                }
                i += 1
            }
        }
        var sentences: [Sentence] = []
        sentences.reserveCapacity(ranges.count)
        func add(_ r: Range<Int>) {
            var a = r.lowerBound, b = r.upperBound
            while a < b && ScalarClass.isWhitespace(u[a]) { a += 1 }
            while b > a && ScalarClass.isWhitespace(u[b - 1]) { b -= 1 }
            guard a < b, UnsafeBufferPointer(rebasing: u[a..<b]).contains(where: { ScalarClass.isLetter($0) || ScalarClass.isDigit($0) || ($0.value >= 128 && $0.properties.numericType != nil) }) else { return }
            sentences.append(Sentence(index: sentences.count, start: a, end: b, text: slice(a, b)))
        }
        for r in ranges {
            // Most sentences need no cutting: no array of pieces for them.
            if maximumLength > 0 && r.count > maximumLength { capped(r, u).forEach(add) } else { add(r) }
        }
        return sentences
    }

    /// LF, CR and the Unicode line and paragraph separators; one comparison for most scalars.
    @inline(__always) private static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v > 0x0D && v < 0x2028 { return false }
        return v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029
    }

    /// `r` cut into pieces of at most `maximumLength` scalars, at whitespace where there is some.
    private func capped(_ r: Range<Int>, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [Range<Int>] {
        guard maximumLength > 0, r.count > maximumLength else { return [r] }
        var pieces: [Range<Int>] = []
        var start = r.lowerBound
        while r.upperBound - start > maximumLength {
            let limit = start + maximumLength
            var cut = limit
            while cut > start + maximumLength / 2 && !ScalarClass.isWhitespace(scalars[cut - 1]) { cut -= 1 }
            if cut <= start + maximumLength / 2 { cut = limit }
            pieces.append(start..<cut)
            start = cut
        }
        pieces.append(start..<r.upperBound)
        return pieces
    }

    @inline(__always) private static func isTerminator(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "!" || c == "?" || c == "…"
    }
    @inline(__always) private static func isCloser(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "”" || c == "’" || c == "'" || c == ")" || c == "]" || c == "»"
    }
    @inline(__always) private static func isOpener(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "“" || c == "‘" || c == "'" || c == "«" || c == "(" || c == "["
    }

    /// Sentence ranges of one line [start, end).
    private func splitLine(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, into ranges: inout [Range<Int>]) {
        var sentenceStart = start
        var quoteDepth = 0
        var i = start
        while i < end {
            let c = s[i]
            // ASCII letters, digits and spaces (most of a line) neither quote nor end anything.
            if (c.value | 0x20) &- 0x61 < 26 || c.value &- 0x30 < 10 || c.value == 0x20 { i += 1; continue }
            if c == "“" || c == "«" { quoteDepth += 1 }
            else if c == "”" || c == "»" { quoteDepth = max(0, quoteDepth - 1) }
            else if c == "\"" { quoteDepth = quoteDepth > 0 ? quoteDepth - 1 : 1 }
            guard Self.isTerminator(c) else { i += 1; continue }
            var j = i
            var periods = 0
            var ellipsis = false
            while j < end && Self.isTerminator(s[j]) {
                if s[j] == "." { periods += 1 }
                if s[j] == "…" { ellipsis = true }
                j += 1
            }
            if periods >= 2 { ellipsis = true }
            let insideQuote = quoteDepth > 0
            var k = j
            while k < end && Self.isCloser(s[k]) {
                if s[k] == "”" || s[k] == "»" || s[k] == "\"" { quoteDepth = max(0, quoteDepth - 1) }
                k += 1
            }
            guard k < end, ScalarClass.isWhitespace(s[k]) else { i = max(k, i + 1); continue }
            var m = k
            while m < end && ScalarClass.isWhitespace(s[m]) { m += 1 }
            guard m < end, Self.startsSentence(s[m]) else { i = k; continue }
            if ellipsis && insideQuote { i = k; continue }
            if j - i == 1 && c == "." {
                let word = wordBefore(s, i, lowerBound: sentenceStart)
                let numberFollows = ScalarClass.isDigit(s[m])
                if abbreviations.isAbbreviation(word, numberFollows: numberFollows, nextWord: { Self.word(s, from: m, end: end) }) { i = k; continue }
            }
            ranges.append(sentenceStart..<k)
            sentenceStart = m
            i = m
        }
        if sentenceStart < end { ranges.append(sentenceStart..<end) }
    }

    private static func startsSentence(_ c: Unicode.Scalar) -> Bool {
        ScalarClass.isUppercase(c) || ScalarClass.isDigit(c) || isOpener(c)
    }

    /// The letters from `m` on (the word after a period).
    private static func word(_ s: UnsafeBufferPointer<Unicode.Scalar>, from m: Int, end: Int) -> String {
        var e = m
        while e < end && ScalarClass.isLetter(s[e]) { e += 1 }
        return ScalarText.sliceOf(s, m, e)
    }

    /// The text before the period at `p` back to whitespace, opening punctuation dropped.
    private func wordBefore(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ p: Int, lowerBound: Int) -> UnsafeBufferPointer<Unicode.Scalar> {
        var a = p
        while a > lowerBound && !ScalarClass.isWhitespace(s[a - 1]) { a -= 1 }
        while a < p && Self.isOpener(s[a]) { a += 1 }
        return UnsafeBufferPointer(rebasing: s[a..<p])
    }
}
