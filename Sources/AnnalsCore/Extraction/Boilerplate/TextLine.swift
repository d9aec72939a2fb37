/// One line of an article, as the boilerplate rules see it: where its visible text stands and a
/// normalised word form for matching cue phrases.
///
/// Normalisation: lower case; curly apostrophes made straight; every run of digits becomes `#`
/// (so "You have read 3 articles" and "... 10 articles" match one cue); punctuation separates words
/// and is otherwise dropped.
///
/// The words are held as the UTF-8 bytes of the key (the words joined by single spaces) and where
/// each word starts in it, not as a `String` each: building a String per word of every paragraph
/// was most of the cleaner's cost, and almost every word is only ever looked up by its bytes
/// (`WordTable`) or compared with a cue word (`CueWord`). `words` builds the Strings on demand.
public struct TextLine: Sendable, Hashable {
    /// Scalar offsets of the line's text without surrounding whitespace (start == end for a blank line).
    public var start: Int
    public var end: Int
    /// The normalised words joined by single spaces, as UTF-8 (`wordKey`'s bytes).
    public var keyBytes: [UInt8]
    /// Where word k starts in `keyBytes`; it ends one byte before the next word's start (the
    /// space), the last word at the end of `keyBytes`.
    var wordStarts: [Int32]
    /// Exactly whether `keyBytes` holds only ASCII: a word equal as bytes is then the only kind
    /// of equal word (`LineKeySet` relies on it being exact, not merely safe).
    public var keyIsASCII: Bool
    /// The line ends with `.`, `!`, `?` or `…` (possibly followed by a closing quote or bracket).
    public var endsLikeSentence: Bool
    /// The line holds a quotation mark (straight or curly).
    public var hasQuotation: Bool

    public var isBlank: Bool { start == end }
    public var wordCount: Int { wordStarts.count }

    /// Normalised words (Strings made on each call; the cleaner's hot paths use the bytes).
    public var words: [String] { (0..<wordCount).map(word) }

    /// The words joined by single spaces. Words hold no space, so equal keys mean equal word
    /// lists: the cleaner's set of lines seen hashes one string per line instead of one per word.
    public var wordKey: String { String(decoding: keyBytes, as: UTF8.self) }

    /// Word `k` as a String.
    public func word(_ k: Int) -> String {
        let r = wordRange(k)
        return String(decoding: keyBytes[r], as: UTF8.self)
    }

    /// The byte range of word `k` in `keyBytes`.
    @inline(__always) func wordRange(_ k: Int) -> Range<Int> {
        let s = Int(wordStarts[k])
        let e = k + 1 < wordStarts.count ? Int(wordStarts[k + 1]) - 1 : keyBytes.count
        return s..<e
    }

    /// The lines of `scalars[from...]`; LF, CRLF and lone CR end a line. O(n); one scratch buffer
    /// for every line's key, each line's key then copied out at its size.
    public static func lines(of scalars: [Unicode.Scalar], from: Int = 0) -> [TextLine] {
        scalars.withUnsafeBufferPointer { u in
            var result: [TextLine] = []
            var scratch = Scratch()
            var lineStart = max(0, from)
            var i = lineStart
            let n = u.count
            while i <= n {
                // On to the line's end: one comparison for most scalars.
                while i < n {
                    let v = u[i].value
                    if v <= 0x0D && (v == 0x0A || v == 0x0D) { break }
                    i += 1
                }
                result.append(TextLine(u, lineStart, i, &scratch))
                if i < n && u[i] == "\r" && i + 1 < n && u[i + 1] == "\n" { i += 1 }
                lineStart = i + 1
                i += 1
            }
            return result
        }
    }

    init(_ scalars: [Unicode.Scalar], _ from: Int, _ to: Int) {
        var scratch = Scratch()
        self = scalars.withUnsafeBufferPointer { TextLine($0, from, to, &scratch) }
    }

    /// Buffers reused from line to line while an article's lines are built.
    struct Scratch {
        var key: [UInt8] = []
        var starts: [Int32] = []
    }

    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ from: Int, _ to: Int, _ scratch: inout Scratch) {
        var a = from, b = to
        while a < b && ScalarClass.isWhitespace(scalars[a]) { a += 1 }
        while b > a && ScalarClass.isWhitespace(scalars[b - 1]) { b -= 1 }
        start = a
        end = b
        // Each scalar adds at most 4 bytes, and a word's separating space follows a scalar that added none.
        let capacity = 4 * (b - a)
        if scratch.key.count < capacity { scratch.key = [UInt8](repeating: 0, count: capacity) }
        if scratch.starts.count < b - a { scratch.starts = [Int32](repeating: 0, count: b - a) }
        var n = 0, words = 0
        var quotation = false, ascii = true
        scratch.key.withUnsafeMutableBufferPointer { keyBuffer in
            scratch.starts.withUnsafeMutableBufferPointer { startsBuffer in
                // Plain locals and raw pointers, no nested functions: captured variables cost an
                // exclusivity check at every access in the per-scalar loop.
                let key = keyBuffer.baseAddress!, starts = startsBuffer.baseAddress!
                var count = 0, wordCount = 0
                // Where the word being gathered starts in `key`; -1 while none is.
                var wordStart = -1
                var inDigits = false
                var isASCII = true, quoted = false
                var k = a - 1
                while k + 1 < b {
                    k += 1
                    var s = scalars[k]
                    var v = s.value
                    if wordStart >= 0 && !inDigits {
                        while true {
                            // Most of a line: ASCII letters going on with a word of letters, lower-cased
                            // (`v | 0x20` is a lower-case ASCII letter exactly for ASCII letters) and stored.
                            while (v | 0x20) &- 0x61 < 26 {
                                key[count] = UInt8(truncatingIfNeeded: v | 0x20)
                                count += 1
                                k += 1
                                if k == b { break }
                                v = scalars[k].value
                            }
                            if k == b { break }
                            // One space, then an ASCII letter (between most words of a line): the
                            // word ends and the next one starts here, as the general steps below
                            // do for the space and for the letter after it.
                            guard v == 0x20, k + 1 < b else { break }
                            let next = scalars[k + 1].value
                            guard (next | 0x20) &- 0x61 < 26 else { break }
                            // A trailing apostrophe ("readers'") is punctuation.
                            if key[count - 1] == UInt8(ascii: "'") { count -= 1 }
                            starts[wordCount] = Int32(wordStart)
                            wordCount += 1
                            key[count] = UInt8(ascii: " ")
                            count += 1
                            wordStart = count
                            k += 1
                            v = next
                        }
                        if k == b { break }
                        s = scalars[k]
                    }
                    if v == 0x20 {
                        // A space ends the word being gathered (as any separator does).
                        if wordStart >= 0 {
                            if count > 0 && key[count - 1] == UInt8(ascii: "'") { count -= 1 }
                            starts[wordCount] = Int32(wordStart)
                            wordCount += 1
                            wordStart = -1
                        }
                        inDigits = false
                        continue
                    }
                    if v < 0x80 {
                        if v == 0x22 { quoted = true }
                    } else if s == "’" || s == "‘" || s == "ʼ" {
                        s = "'"
                    } else if s == "“" || s == "”" || s == "«" || s == "»" || s == "„" {
                        quoted = true
                    }
                    let isDigit = ScalarClass.isDigit(s)
                    if isDigit && inDigits { continue }
                    let joins = !isDigit && (ScalarClass.isLetter(s) || (s == "'" && wordStart >= 0))
                    // Flush the word being gathered: at a separator, at digits after letters, at letters after digits.
                    if wordStart >= 0 && (isDigit || !joins || inDigits) {
                        // A trailing apostrophe ("readers'") is punctuation.
                        if count > 0 && key[count - 1] == UInt8(ascii: "'") { count -= 1 }
                        starts[wordCount] = Int32(wordStart)
                        wordCount += 1
                        wordStart = -1
                    }
                    if !isDigit && !joins { inDigits = false; continue }
                    if wordStart < 0 {
                        if wordCount > 0 { key[count] = UInt8(ascii: " "); count += 1 }
                        wordStart = count
                    }
                    if isDigit {
                        key[count] = UInt8(ascii: "#"); count += 1
                        inDigits = true
                    } else {
                        inDigits = false
                        let lowered = ScalarClass.lowercased(s)
                        if lowered.value < 0x80 {
                            key[count] = UInt8(truncatingIfNeeded: lowered.value); count += 1
                        } else {
                            isASCII = false
                            UTF8.encode(lowered) { key[count] = $0; count += 1 }
                        }
                    }
                }
                if wordStart >= 0 {
                    if count > 0 && key[count - 1] == UInt8(ascii: "'") { count -= 1 }
                    starts[wordCount] = Int32(wordStart)
                    wordCount += 1
                }
                n = count
                words = wordCount
                ascii = isASCII
                quotation = quoted
            }
        }
        keyBytes = Self.copy(scratch.key, n)
        wordStarts = Self.copy(scratch.starts, words)
        keyIsASCII = ascii
        hasQuotation = quotation
        var t = b
        while t > a, Self.isCloser(scalars[t - 1]) { t -= 1 }
        endsLikeSentence = t > a && (scalars[t - 1] == "." || scalars[t - 1] == "!" || scalars[t - 1] == "?" || scalars[t - 1] == "…")
    }

    /// The first `count` elements of `buffer` as an array of their own, made in specialized code:
    /// `Array(buffer[0..<count])` went through the runtime's generic array allocation (looking up
    /// the storage type's metadata, about 800 instructions) for every line.
    @inline(__always) static func copy<T: BitwiseCopyable>(_ buffer: [T], _ count: Int) -> [T] {
        guard count > 0 else { return [] }
        return buffer.withUnsafeBufferPointer { source in
            [T](unsafeUninitializedCapacity: count) { target, initialized in
                target.baseAddress!.initialize(from: source.baseAddress!, count: count)
                initialized = count
            }
        }
    }

    @inline(__always) static func isCloser(_ s: Unicode.Scalar) -> Bool {
        s == "\"" || s == "”" || s == "’" || s == "'" || s == ")" || s == "]" || s == "»"
    }

    /// Whether word `k` can be one of the words `filter` was made from (false only when it cannot).
    @inline(__always) func passes(_ filter: WordFilter, _ k: Int) -> Bool {
        let r = wordRange(k)
        guard !r.isEmpty else { return true }
        return filter.mayContain(first: keyBytes[r.lowerBound], count: r.count, ascii: keyIsASCII)
    }

    /// The value `table` lists for word `k`, looked up by the word's bytes. O(word bytes).
    @inline(__always) func lookup<V>(_ table: WordTable<V>, _ k: Int) -> V? {
        let r = wordRange(k)
        return keyBytes.withUnsafeBufferPointer { table[utf8: UnsafeBufferPointer(rebasing: $0[r])] }
    }

    /// Word `k` equals `cue` as Strings do (canonical equivalence): equal bytes are equal words;
    /// unequal ASCII bytes are unequal words; otherwise the Strings are compared.
    @inline(__always) func wordEquals(_ k: Int, _ cue: CueWord) -> Bool {
        let r = wordRange(k)
        let bytesEqual = keyBytes.withUnsafeBufferPointer { buf in
            cue.bytes.withUnsafeBufferPointer { c in
                guard c.count == r.count else { return false }
                var i = 0
                while i < c.count && c[i] == buf[r.lowerBound + i] { i += 1 }
                return i == c.count
            }
        }
        if bytesEqual { return true }
        if keyIsASCII && cue.isASCII { return false }
        return word(k) == cue.text
    }
}

/// A normalised word of a cue phrase (or a headline), with its bytes for comparing with a
/// `TextLine`'s words without making Strings of them.
public struct CueWord: Sendable, Hashable {
    public let text: String
    let bytes: [UInt8]
    let isASCII: Bool
    /// `*`: any one word.
    let isWildcard: Bool

    init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
        isASCII = !bytes.contains { $0 >= 0x80 }
        isWildcard = text == "*"
    }
}
