/// One line of an article, as the boilerplate rules see it: where its visible text stands and a
/// normalised word form for matching cue phrases.
///
/// Normalisation: lower case; curly apostrophes made straight; every run of digits becomes `#`
/// (so "You have read 3 articles" and "... 10 articles" match one cue); punctuation separates words
/// and is otherwise dropped.
public struct TextLine: Sendable, Hashable {
    /// Scalar offsets of the line's text without surrounding whitespace (start == end for a blank line).
    public var start: Int
    public var end: Int
    /// Normalised words.
    public var words: [String]
    /// The words joined by single spaces. Words hold no space, so equal keys mean equal word
    /// lists: the cleaner's set of lines seen hashes one string per line instead of one per word.
    public var wordKey: String
    /// The trimmed line, lower-cased scalar by scalar (so offsets match the line's), punctuation kept,
    /// for credit markers such as "credit:".
    public var lowerScalars: [Unicode.Scalar]
    public var lower: String { var v = String.UnicodeScalarView(); v.append(contentsOf: lowerScalars); return String(v) }
    /// The line ends with `.`, `!`, `?` or `…` (possibly followed by a closing quote or bracket).
    public var endsLikeSentence: Bool
    /// The line holds a quotation mark (straight or curly).
    public var hasQuotation: Bool

    public var isBlank: Bool { start == end }
    public var wordCount: Int { words.count }

    /// The lines of `scalars[from...]`; LF, CRLF and lone CR end a line. O(n).
    public static func lines(of scalars: [Unicode.Scalar], from: Int = 0) -> [TextLine] {
        var result: [TextLine] = []
        var lineStart = max(0, from)
        var i = lineStart
        let n = scalars.count
        while i <= n {
            if i == n || scalars[i] == "\n" || scalars[i] == "\r" {
                result.append(TextLine(scalars, lineStart, i))
                if i < n && scalars[i] == "\r" && i + 1 < n && scalars[i + 1] == "\n" { i += 1 }
                lineStart = i + 1
            }
            i += 1
        }
        return result
    }

    init(_ scalars: [Unicode.Scalar], _ from: Int, _ to: Int) {
        var a = from, b = to
        while a < b && ScalarClass.isWhitespace(scalars[a]) { a += 1 }
        while b > a && ScalarClass.isWhitespace(scalars[b - 1]) { b -= 1 }
        start = a
        end = b
        var lowerScalars: [Unicode.Scalar] = []
        lowerScalars.reserveCapacity(b - a)
        var words: [String] = []
        words.reserveCapacity((b - a) / 5 + 1)
        // Words are gathered as UTF-8 bytes straight into the key (words joined by spaces), each
        // word's String made from its stretch of the key: no byte buffer per word to copy and clear.
        var key: [UInt8] = []
        key.reserveCapacity(b - a)
        // Where the word being gathered starts in `key`; -1 while none is.
        var wordStart = -1
        var inDigits = false
        var quotation = false
        func startWord() {
            if !words.isEmpty { key.append(UInt8(ascii: " ")) }
            wordStart = key.count
        }
        func flush() {
            if wordStart >= 0 {
                // A trailing apostrophe ("readers'") is punctuation.
                if key.last == UInt8(ascii: "'") { key.removeLast() }
                words.append(String(decoding: key[wordStart...], as: UTF8.self))
                wordStart = -1
            }
            inDigits = false
        }
        for k in a..<b {
            var s = scalars[k]
            if s == "’" || s == "‘" || s == "ʼ" { s = "'" }
            if s == "\"" || s == "“" || s == "”" || s == "«" || s == "»" || s == "„" { quotation = true }
            let lowered = ScalarClass.lowercased(s)
            lowerScalars.append(lowered)
            if ScalarClass.isDigit(s) {
                if !inDigits { if wordStart >= 0 { flush() }; startWord(); key.append(UInt8(ascii: "#")); inDigits = true }
            } else if ScalarClass.isLetter(s) || (s == "'" && wordStart >= 0) {
                if inDigits { flush() }
                if wordStart < 0 { startWord() }
                if lowered.value < 0x80 { key.append(UInt8(lowered.value)) } else { UTF8.encode(lowered) { key.append($0) } }
            } else {
                flush()
            }
        }
        flush()
        self.words = words
        wordKey = String(decoding: key, as: UTF8.self)
        self.lowerScalars = lowerScalars
        hasQuotation = quotation
        var t = b
        while t > a, Self.isCloser(scalars[t - 1]) { t -= 1 }
        endsLikeSentence = t > a && (scalars[t - 1] == "." || scalars[t - 1] == "!" || scalars[t - 1] == "?" || scalars[t - 1] == "…")
    }

    @inline(__always) static func isCloser(_ s: Unicode.Scalar) -> Bool {
        s == "\"" || s == "”" || s == "’" || s == "'" || s == ")" || s == "]" || s == "»"
    }
}
