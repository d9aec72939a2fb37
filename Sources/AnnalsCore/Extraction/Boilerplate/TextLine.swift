/// One line of an article, as the boilerplate rules see it: where its visible text stands and a
/// normalised word form for matching cue phrases.
///
/// Normalisation: lower case; curly apostrophes made straight; every run of digits becomes `#`
/// (so "You have read 3 articles" and "... 10 articles" match one cue); punctuation separates words
/// and is otherwise dropped.
///
/// The words are held as the UTF-8 bytes of the key (the words joined by single spaces) and where
/// each word starts in it (in buffers an article's lines share), not as a `String` each: building a String per word of every paragraph
/// was most of the cleaner's cost, and almost every word is only ever looked up by its bytes
/// (`WordTable`) or compared with a cue word (`CueWord`). `words` builds the Strings on demand.
public struct TextLine: Sendable, Hashable {
    /// Scalar offsets of the line's text without surrounding whitespace (start == end for a blank line).
    public var start: Int
    public var end: Int
    /// The keys of all the lines built together (an article's), shared by them: this line's key
    /// is `keys[keyStart..<keyEnd]`. One buffer an article rather than two arrays a line: each
    /// line's arrays cost the runtime's generic allocation (about 800 instructions) twice.
    private let keys: [UInt8]
    private let keyStart: Int
    private let keyEnd: Int
    /// Where word k starts in the line's key: `starts[startsBase + k]` (shared like `keys`); it
    /// ends one byte before the next word's start (the space), the last word at the key's end.
    private let starts: [Int32]
    private let startsBase: Int
    public let wordCount: Int
    /// Exactly whether the key holds only ASCII: a word equal as bytes is then the only kind
    /// of equal word (`LineKeySet` relies on it being exact, not merely safe).
    public var keyIsASCII: Bool
    /// The line ends with `.`, `!`, `?` or `…` (possibly followed by a closing quote or bracket).
    public var endsLikeSentence: Bool
    /// The line holds a quotation mark (straight or curly).
    public var hasQuotation: Bool

    public var isBlank: Bool { start == end }

    /// The normalised words joined by single spaces, as UTF-8 (`wordKey`'s bytes; a copy).
    public var keyBytes: [UInt8] { Array(keySlice) }
    /// The same bytes in place.
    var keySlice: ArraySlice<UInt8> { keys[keyStart..<keyEnd] }
    var keyCount: Int { keyEnd - keyStart }

    /// The line's key bytes as a buffer indexed from 0 (`wordRange`'s ranges index it).
    @inline(__always) func withKey<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        keys.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(start: all.baseAddress.map { $0 + keyStart }, count: keyEnd - keyStart))
        }
    }

    /// The line's key bytes and its words' starts in them, as buffers indexed from 0: the
    /// per-word loops read them without an array access (and its checks) per word.
    @inline(__always) func withKeyAndStarts<R>(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Int32>) -> R) -> R {
        keys.withUnsafeBufferPointer { k in
            starts.withUnsafeBufferPointer { s in
                body(UnsafeBufferPointer(start: k.baseAddress.map { $0 + keyStart }, count: keyEnd - keyStart),
                     UnsafeBufferPointer(start: s.baseAddress.map { $0 + startsBase }, count: wordCount))
            }
        }
    }

    /// Normalised words (Strings made on each call; the cleaner's hot paths use the bytes).
    public var words: [String] { (0..<wordCount).map(word) }

    /// The words joined by single spaces. Words hold no space, so equal keys mean equal word
    /// lists: the cleaner's set of lines seen hashes one string per line instead of one per word.
    public var wordKey: String { String(decoding: keySlice, as: UTF8.self) }

    /// Word `k` as a String.
    public func word(_ k: Int) -> String {
        let r = wordRange(k)
        return String(decoding: keys[(keyStart + r.lowerBound)..<(keyStart + r.upperBound)], as: UTF8.self)
    }

    /// The byte range of word `k` in the line's key (from 0).
    @inline(__always) func wordRange(_ k: Int) -> Range<Int> {
        let s = Int(starts[startsBase + k])
        let e = k + 1 < wordCount ? Int(starts[startsBase + k + 1]) - 1 : keyEnd - keyStart
        return s..<e
    }

    /// Equal lines: the same place, words and flags (the shared buffers' other lines aside).
    public static func == (a: TextLine, b: TextLine) -> Bool {
        a.start == b.start && a.end == b.end && a.keyIsASCII == b.keyIsASCII && a.endsLikeSentence == b.endsLikeSentence
            && a.hasQuotation == b.hasQuotation && a.wordCount == b.wordCount && a.keySlice.elementsEqual(b.keySlice)
            && (0..<a.wordCount).allSatisfy { a.starts[a.startsBase + $0] == b.starts[b.startsBase + $0] }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(wordCount)
        withKey { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// The lines of `scalars[from...]`; LF, CRLF and lone CR end a line. O(n); the lines' keys
    /// are written into one buffer, which every line then shares.
    public static func lines(of scalars: [Unicode.Scalar], from: Int = 0) -> [TextLine] {
        scalars.withUnsafeBufferPointer { u in
            var records: [Record] = []
            var lineStart = max(0, from)
            let n = u.count
            // Most keys take at most a byte a scalar (ASCII); the buffer grows for the others.
            var scratch = Scratch(keyCapacity: max(0, n - lineStart) + 64, startsCapacity: max(0, n - lineStart) / 2 + 16)
            var i = lineStart
            while i <= n {
                // On to the line's end: one comparison for most scalars.
                while i < n {
                    let v = u[i].value
                    if v <= 0x0D && (v == 0x0A || v == 0x0D) { break }
                    i += 1
                }
                records.append(scan(u, lineStart, i, &scratch))
                if i < n && u[i] == "\r" && i + 1 < n && u[i + 1] == "\n" { i += 1 }
                lineStart = i + 1
                i += 1
            }
            let keys = scratch.key, starts = scratch.starts
            return records.map { TextLine(keys: keys, starts: starts, $0) }
        }
    }

    init(_ scalars: [Unicode.Scalar], _ from: Int, _ to: Int) {
        var scratch = Scratch(keyCapacity: 4 * max(0, to - from), startsCapacity: max(0, to - from))
        let record = scalars.withUnsafeBufferPointer { TextLine.scan($0, from, to, &scratch) }
        self.init(keys: scratch.key, starts: scratch.starts, record)
    }

    private init(keys: [UInt8], starts: [Int32], _ r: Record) {
        start = r.start
        end = r.end
        self.keys = keys
        keyStart = r.keyStart
        keyEnd = r.keyStart + r.keyCount
        self.starts = starts
        startsBase = r.startsBase
        wordCount = r.wordCount
        keyIsASCII = r.ascii
        hasQuotation = r.quotation
        endsLikeSentence = r.endsLikeSentence
    }

    /// One line as scanned: where its text and its key stand.
    struct Record {
        var start: Int, end: Int
        var keyStart: Int, keyCount: Int
        var startsBase: Int, wordCount: Int
        var ascii: Bool, quotation: Bool, endsLikeSentence: Bool
    }

    /// The buffers the lines' keys and word starts are written into, one line after another.
    struct Scratch {
        var key: [UInt8]
        var starts: [Int32]
        var keyUsed = 0
        var startsUsed = 0

        /// Buffers of the given sizes, left uninitialized: every byte a line's key or word starts
        /// are read from is written first (zeroing them was a memset of the whole article).
        init(keyCapacity: Int, startsCapacity: Int) {
            let keyCount = max(16, keyCapacity), startsCount = max(16, startsCapacity)
            key = [UInt8](unsafeUninitializedCapacity: keyCount) { _, initialized in initialized = keyCount }
            starts = [Int32](unsafeUninitializedCapacity: startsCount) { _, initialized in initialized = startsCount }
        }

        /// Room for a line of `scalars` scalars: each adds at most 4 key bytes (a word's
        /// separating space follows a scalar that added none) and starts at most one word.
        mutating func reserve(scalars: Int) {
            if keyUsed + 4 * scalars > key.count { key += [UInt8](repeating: 0, count: max(key.count, 4 * scalars)) }
            if startsUsed + scalars > starts.count { starts += [Int32](repeating: 0, count: max(starts.count, scalars)) }
        }
    }

    /// Scans the line `from..<to`, writing its key and word starts into `scratch` after the
    /// lines before it.
    static func scan(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ from: Int, _ to: Int, _ scratch: inout Scratch) -> Record {
        var a = from, b = to
        while a < b && ScalarClass.isWhitespace(scalars[a]) { a += 1 }
        while b > a && ScalarClass.isWhitespace(scalars[b - 1]) { b -= 1 }
        scratch.reserve(scalars: b - a)
        let keyOffset = scratch.keyUsed, startsOffset = scratch.startsUsed
        var n = 0, words = 0
        var quotation = false, ascii = true
        scratch.key.withUnsafeMutableBufferPointer { keyBuffer in
            scratch.starts.withUnsafeMutableBufferPointer { startsBuffer in
                // Plain locals and raw pointers, no nested functions: captured variables cost an
                // exclusivity check at every access in the per-scalar loop.
                let key = keyBuffer.baseAddress! + keyOffset, starts = startsBuffer.baseAddress! + startsOffset
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
        scratch.keyUsed += n
        scratch.startsUsed += words
        var t = b
        while t > a, Self.isCloser(scalars[t - 1]) { t -= 1 }
        let sentence = t > a && (scalars[t - 1] == "." || scalars[t - 1] == "!" || scalars[t - 1] == "?" || scalars[t - 1] == "…")
        return Record(start: a, end: b, keyStart: keyOffset, keyCount: n, startsBase: startsOffset, wordCount: words,
                      ascii: ascii, quotation: quotation, endsLikeSentence: sentence)
    }

    @inline(__always) static func isCloser(_ s: Unicode.Scalar) -> Bool {
        s == "\"" || s == "”" || s == "’" || s == "'" || s == ")" || s == "]" || s == "»"
    }

    /// Whether word `k` can be one of the words `filter` was made from (false only when it cannot).
    @inline(__always) func passes(_ filter: WordFilter, _ k: Int) -> Bool {
        let r = wordRange(k)
        guard !r.isEmpty else { return true }
        return filter.mayContain(first: keys[keyStart + r.lowerBound], last: keys[keyStart + r.upperBound - 1], count: r.count, ascii: keyIsASCII)
    }

    /// The value `table` lists for word `k`, looked up by the word's bytes. O(word bytes).
    @inline(__always) func lookup<V>(_ table: WordTable<V>, _ k: Int) -> V? {
        let r = wordRange(k)
        return withKey { table[utf8: UnsafeBufferPointer(rebasing: $0[r])] }
    }

    /// Word `k` equals `cue` as Strings do (canonical equivalence): equal bytes are equal words;
    /// unequal ASCII bytes are unequal words; otherwise the Strings are compared.
    @inline(__always) func wordEquals(_ k: Int, _ cue: CueWord) -> Bool {
        let r = wordRange(k)
        let bytesEqual = withKey { buf in
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
