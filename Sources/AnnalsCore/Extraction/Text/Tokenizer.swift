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
                    // Most of a word: ASCII letters and digits, one byte each (`b | 0x20` is a
                    // lower-case ASCII letter exactly for ASCII letters).
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
            let text = String(decoding: bytes, as: UTF8.self)
            tokens.append(Token(text: text, lower: lowercase(text, bytes), kind: kind, start: beginScalar + offset, end: i + offset))
        }
        return tokens
    }

    /// `Token.lowercase(text)` from the token's bytes, which the scan has at hand: `text` itself
    /// without an upper-case letter, ASCII lowered byte by byte, `lowercased()` beyond ASCII.
    @inline(__always) private static func lowercase(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var hasUpper = false
        for b in bytes {
            if b >= 0x80 { return text.lowercased() }
            if b >= 0x41 && b <= 0x5A { hasUpper = true }
        }
        guard hasUpper else { return text }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (k, b) in bytes.enumerated() { buffer[k] = b >= 0x41 && b <= 0x5A ? b + 32 : b }
            return bytes.count
        }
    }

    @inline(__always) private static func isDigitByte(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
