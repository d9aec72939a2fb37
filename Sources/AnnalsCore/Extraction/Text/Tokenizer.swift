/// Splits text into tokens in one pass over its UTF-8 bytes.
///
/// Why bytes: tokenizing runs once per sentence in every extraction stage, and building each token
/// from an array of scalars (plus a Unicode property lookup per scalar) dominated extraction time.
/// The scan decodes scalars straight from the string's UTF-8 storage with ASCII fast paths
/// (`ScalarClass`), counts scalars for the offsets, and makes each token's text from its byte
/// range (tokens up to 15 bytes are stored inline, without allocation).
///
/// Complexity: O(n) in the number of bytes.
public enum Tokenizer {
    /// Tokens of `text`, whose first scalar stands at `offset` in the file.
    public static func tokenize(_ text: String, offset: Int = 0) -> [Token] {
        if let tokens = text.utf8.withContiguousStorageIfAvailable({ tokenize(utf8: $0, offset: offset) }) { return tokens }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { tokenize(utf8: $0, offset: offset) } ?? []
    }

    private static func tokenize(utf8 u: UnsafeBufferPointer<UInt8>, offset: Int) -> [Token] {
        let n = u.count
        let small = SmallASCII.isAvailable
        var tokens: [Token] = []
        // About one token in twelve bytes of news text; short sentences (headlines, datelines)
        // run denser, hence the constant: the array is seldom grown.
        tokens.reserveCapacity(n / 5 + 8)
        var p = 0 // byte position
        var i = 0 // scalar position
        while p < n {
            let (s, length) = UTF8Scalar.decode(u, p)
            if ScalarClass.isWhitespace(s) { p += length; i += 1; continue }
            let beginByte = p, beginScalar = i
            p += length; i += 1
            let kind: Token.Kind
            if ScalarClass.isDigit(s) {
                while p < n {
                    let c = u[p]
                    if isDigitByte(c) { p += 1; i += 1; continue }
                    // Keep separators only between digits: "1,200", "1.2", "10:30", "1992/93".
                    if c == 0x2C || c == 0x2E || c == 0x3A || c == 0x2F, p + 1 < n, isDigitByte(u[p + 1]) { p += 1; i += 1; continue }
                    break
                }
                var numberKind = Token.Kind.number
                if p < n, ScalarClass.isLetter(UTF8Scalar.decode(u, p).scalar) {
                    numberKind = .alphanumeric
                    while p < n {
                        let (c, l) = UTF8Scalar.decode(u, p)
                        guard ScalarClass.isLetter(c) || ScalarClass.isDigit(c) else { break }
                        p += l; i += 1
                    }
                }
                kind = numberKind
            } else if ScalarClass.isLetter(s) {
                while p < n {
                    // Most of a word: ASCII letters and digits, eight bytes a test while eight
                    // remain (`SmallASCII.letterOrDigitRun`), else one byte each (`b | 0x20` is a
                    // lower-case ASCII letter exactly for ASCII letters).
                    if small && p + 8 <= n {
                        let run = SmallASCII.letterOrDigitRun(UnsafeRawPointer(u.baseAddress! + p).loadUnaligned(as: UInt64.self))
                        p += run; i += run
                        if run == 8 { continue }
                    }
                    let b = u[p]
                    if (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 { p += 1; i += 1; continue }
                    let (c, l) = UTF8Scalar.decode(u, p)
                    if ScalarClass.isLetter(c) || ScalarClass.isDigit(c) { p += l; i += 1; continue }
                    // Inner apostrophes and hyphens join a word: "o'clock", "sixty-three", "pro-Palestinian".
                    if c == "'" || c == "’" || c == "-", p + l < n, ScalarClass.isLetter(UTF8Scalar.decode(u, p + l).scalar) { p += l; i += 1; continue }
                    break
                }
                kind = .word
            } else {
                kind = .punctuation
            }
            let bytes = UnsafeBufferPointer(rebasing: u[beginByte..<p])
            let (text, lower) = (small ? smallStrings(u, from: beginByte, count: p - beginByte) : nil) ?? strings(bytes)
            tokens.append(Token(text: text, lower: lower, kind: kind, start: beginScalar + offset, end: i + offset))
        }
        return tokens
    }

    /// A token's text and lower-cased text from its bytes. Why not `String(decoding:as:)`: that
    /// is the tokenizer's largest cost (a String per token, about 150 instructions of checks and
    /// set-up each). A one-byte token (punctuation, a digit, "a") comes from a table made once;
    /// an ASCII token is copied into a String made at its size; beyond ASCII, `lowercased()` keeps
    /// Unicode's rules. The same Strings either way.
    @inline(__always) private static func strings(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, lower: String) {
        var high: UInt8 = 0
        var hasUpper = false
        for b in bytes {
            high |= b
            if b &- 0x41 < 26 { hasUpper = true }
        }
        if high >= 0x80 {
            // Beyond ASCII: Unicode's lower-casing (as `Token.lowercase` does for such text).
            let text = String(decoding: bytes, as: UTF8.self)
            return (text, text.lowercased())
        }
        if bytes.count == 1 {
            let table = asciiStrings
            let b = Int(bytes[0])
            return (table[b], table[hasUpper ? b + 32 : b])
        }
        let text = String(unsafeUninitializedCapacity: bytes.count) { buffer in
            buffer.baseAddress!.update(from: bytes.baseAddress!, count: bytes.count)
            return bytes.count
        }
        guard hasUpper else { return (text, text) }
        let lower = String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (k, b) in bytes.enumerated() { buffer[k] = b &- 0x41 < 26 ? b + 32 : b }
            return bytes.count
        }
        return (text, lower)
    }

    /// A token's text and lower-cased text when it is ASCII of at most 15 bytes (nearly every
    /// token), made as `SmallASCII` words: the bytes in two loads (a byte loop at the end of the
    /// buffer), upper-case letters found and lowered eight at a time. The same Strings as
    /// `strings(_:)`; nil for other tokens. Only when `SmallASCII.isAvailable`.
    @inline(__always) private static func smallStrings(_ u: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> (text: String, lower: String)? {
        guard count <= SmallASCII.capacity else { return nil }
        let words: SmallASCII.Words
        if start + 16 <= u.count {
            words = SmallASCII.load(u.baseAddress! + start, count: count)
        } else {
            var low: UInt64 = 0, high: UInt64 = 0
            for k in 0..<count {
                let b = UInt64(u[start + k])
                if k < 8 { low |= b << (8 * UInt64(k)) } else { high |= b << (8 * UInt64(k - 8)) }
            }
            words = (low, high)
        }
        guard (words.low | words.high) & 0x8080_8080_8080_8080 == 0 else { return nil }
        let text = SmallASCII.string(words, count: count)
        guard SmallASCII.upperCaseBits(words.low) | SmallASCII.upperCaseBits(words.high) != 0 else { return (text, text) }
        return (text, SmallASCII.string((SmallASCII.lowered(words.low), SmallASCII.lowered(words.high)), count: count))
    }

    /// Every one-byte ASCII string, by its byte.
    private static let asciiStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    @inline(__always) private static func isDigitByte(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
